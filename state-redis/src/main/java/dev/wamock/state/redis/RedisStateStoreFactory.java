package dev.wamock.state.redis;

import dev.wamock.scenarios.engine.state.StateConfig;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.scenarios.engine.state.StateStoreFactory;
import dev.wamock.state.redis.internal.RedisStore;
import dev.wamock.state.redis.internal.RedisTarget;
import java.net.URI;

/**
 * Opens the Redis {@link StateStore} for {@code redis://[:password@]host:port[/db]} and {@code rediss://…} (TLS).
 * Registered in {@code META-INF/services}, so {@code --state redis://redis:6379} is all a server needs; Lettuce and
 * Netty are loaded only when a store is opened.
 */
public final class RedisStateStoreFactory implements StateStoreFactory {
    /** The factory {@link java.util.ServiceLoader} makes. */
    public RedisStateStoreFactory() {
    }

    /** Whether the URI's scheme is {@code redis} or {@code rediss}. */
    @Override
    public boolean accepts(URI uri) {
        String scheme = uri.getScheme();
        return "redis".equalsIgnoreCase(scheme) || "rediss".equalsIgnoreCase(scheme);
    }

    /**
     * Connects to Redis.
     *
     * @throws IllegalArgumentException                               when a part of the URI is malformed, naming it
     * @throws dev.wamock.scenarios.engine.state.StateUnavailableException when Redis cannot be reached
     */
    @Override
    public StateStore open(URI uri, StateConfig config) {
        return new RedisStore(RedisTarget.parse(uri), config);
    }
}
