package dev.wamock.scenarios.engine.state;

import java.net.URI;
import java.util.ServiceLoader;

/**
 * Opens a shared {@link StateStore} for a URI such as {@code redis://host:6379/0}; found by {@link ServiceLoader}, so
 * a store's jar on the class path is all it takes ({@code wamock-state-redis} for {@code redis://}).
 */
public interface StateStoreFactory {
    /** Whether this factory opens stores of this URI's scheme. */
    boolean accepts(URI uri);

    /**
     * Connects to the store.
     *
     * @throws IllegalArgumentException  when the URI is malformed (the message says which part)
     * @throws StateUnavailableException when the store cannot be reached at start
     */
    StateStore open(URI uri, StateConfig config);

    /**
     * The factory on the class path that accepts {@code uri}.
     *
     * @throws IllegalArgumentException when none does, naming the jar to add
     */
    static StateStoreFactory forUri(URI uri) {
        for (StateStoreFactory f : ServiceLoader.load(StateStoreFactory.class, StateStoreFactory.class.getClassLoader())) {
            if (f.accepts(uri)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no state store for '" + uri.getScheme() + "://' URIs on the class path;"
                + " for redis:// add dev.wamock:wamock-state-redis (the executable jar and the image include it)");
    }
}
