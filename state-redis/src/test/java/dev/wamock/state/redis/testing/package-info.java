/** Test fixtures other modules' tests use with the Redis store: a {@code redis-server} of a test's own. */
package dev.wamock.state.redis.testing;
