package dev.wamock.junit.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the extension reads from a test class's declarations, read once per run instead of once per test: the nearest
 * annotations of each test site, each class's fields, each configuration's url-mode decision. They cannot change
 * while a run lasts, and reading them by reflection for each of hundreds of tests cost more than a server's start.
 * Kept in the root context's store, so it lives as long as the run (its own for each {@code EngineTestKit} run).
 */
final class RunCache {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunCache.class);

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    private RunCache() {
    }

    /** The cache of {@code context}'s run. */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: the one such method in both Jupiter 5.14 and 6
    static RunCache of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunCache.class, k -> new RunCache(),
                RunCache.class);
    }

    /**
     * The value kept for {@code key} (a record of what it depends on), computed by {@code compute} the first time;
     * never null. A failure is not kept: the next call computes again, and fails again.
     */
    @SuppressWarnings("unchecked")
    <V> V get(Object key, Supplier<V> compute) {
        Object value = values.get(key);
        if (value == null) {
            value = compute.get();
            Object raced = values.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return (V) value;
    }

    /**
     * A test site: the element of a context (test method, class) and its test class, which together fix the chain of
     * enclosing contexts an annotation is looked for in; {@code what} names what is kept for it.
     */
    record Site(String what, Object element, Class<?> testClass) {
        static Site of(String what, ExtensionContext context) {
            return new Site(what, context.getElement().orElse(null), context.getTestClass().orElse(null));
        }
    }
}
