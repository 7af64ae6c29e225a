/**
 * The Redis store's parts: the connection and its Lua scripts ({@link dev.wamock.state.redis.internal.RedisLink}),
 * the replayed state of one session ({@link dev.wamock.state.redis.internal.Replica}), the session, clock and journal
 * on top of them, and the store. Internal: not API.
 */
package dev.wamock.state.redis.internal;
