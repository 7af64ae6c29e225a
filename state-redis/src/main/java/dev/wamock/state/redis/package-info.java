/**
 * The state port on Redis: {@link dev.wamock.state.redis.RedisStateStoreFactory} opens a store for
 * {@code redis://[:password@]host:port[/db]} (or {@code rediss://} for TLS), found by {@link java.util.ServiceLoader}
 * when a server starts with {@code --state redis://…}. Every replica on one Redis appends each change of a session
 * (a request's facts, a scenario switch, a clock move, a reset) to that session's ordered change log and replays the
 * log in order, so all replicas compute the same decisions, counts, rate-limit windows and clock; the journal is a
 * Redis Stream numbered in landing order.
 */
package dev.wamock.state.redis;
