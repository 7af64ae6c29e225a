package dev.wamock.server.internal.jetty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one system property wamock sets, for Jetty, before Jetty's classes load: it makes Jetty start sooner and
 * changes no behaviour. Set only when the JVM has no value of its own, said at debug level when set, and never set
 * with {@code -D}{@value #SWITCH}{@code =false} (docs/performance.md).
 */
public final class JettyProperties {
    /** The system property that, {@code false}, keeps wamock from setting any Jetty property. */
    public static final String SWITCH = "wamock.jetty.tuning";
    /** Jetty's property: how many object references fill a cache line. */
    public static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    /** Jetty's default; its {@code MemoryUtils} reads the same property. */
    private static final int CACHE_LINE_BYTES = 64;
    private static final long COMPRESSED_OOPS_HEAP_LIMIT = 32L << 30;
    private static final Logger LOG = LoggerFactory.getLogger(JettyProperties.class);

    private JettyProperties() {
    }

    /**
     * Tells Jetty how many object references fill a cache line. Without it Jetty asks the platform
     * MBean server whether compressed oops are on, which boots JMX: about 100 classes and tens of
     * milliseconds. The JVM turns compressed oops on by itself below a 32 GiB heap: 4-byte references.
     * Does nothing when the property is set already or {@value #SWITCH} is {@code false}.
     */
    public static synchronized void tellJettyTheReferenceSize() {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) != null
                || "false".equalsIgnoreCase(System.getProperty(SWITCH, "").strip())) {
            return;
        }
        int referenceBytes = Runtime.getRuntime().maxMemory() < COMPRESSED_OOPS_HEAP_LIMIT ? 4 : 8;
        String value = String.valueOf(CACHE_LINE_BYTES / referenceBytes);
        System.setProperty(REFERENCES_PER_CACHE_LINE, value);
        LOG.debug("wamock set the system property {}={} before Jetty loaded, so that Jetty need not start JMX to learn"
                + " the JVM's reference size (tens of milliseconds); set it yourself, or -D{}=false, and wamock leaves it"
                + " alone", REFERENCES_PER_CACHE_LINE, value, SWITCH);
    }
}
