package dev.wamock.server.internal;

/** System properties that make Jetty start sooner, set before Jetty's classes load; none changes behaviour. */
public final class JettyProperties {
    /** Jetty's default; its {@code MemoryUtils} reads the same property. */
    private static final int CACHE_LINE_BYTES = 64;
    private static final long COMPRESSED_OOPS_HEAP_LIMIT = 32L << 30;

    private JettyProperties() {
    }

    /**
     * Tells Jetty how many object references fill a cache line. Without it Jetty asks the platform
     * MBean server whether compressed oops are on, which boots JMX: about 100 classes and tens of
     * milliseconds. The JVM turns compressed oops on by itself below a 32 GiB heap: 4-byte references.
     */
    public static void tellJettyTheReferenceSize() {
        if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
            int referenceBytes = Runtime.getRuntime().maxMemory() < COMPRESSED_OOPS_HEAP_LIMIT ? 4 : 8;
            System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine",
                    String.valueOf(CACHE_LINE_BYTES / referenceBytes));
        }
    }
}
