package dev.wamock.scenarios.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.CodeSource;

/**
 * Checks, before wamock's first Jackson mapper is built, that the {@code jackson-annotations} jar on the classpath is
 * one that Jackson 3 can run with. A project on Jackson 2 gets its own, older {@code jackson-annotations} by Maven's
 * nearest-wins rule; Jackson 3 then fails deep inside with a {@code NoClassDefFoundError}. This says what happened and
 * the one-line fix instead (docs/dependencies.md). Internal: not part of wamock's API.
 */
public final class JacksonAnnotations {
    /** The oldest {@code jackson-annotations} that wamock's Jackson 3 runs with. */
    static final String MINIMUM = "2.21";
    /** A class that {@code jackson-annotations} has from {@link #MINIMUM} on and Jackson 3 loads. */
    static final String PROBE = "com.fasterxml.jackson.annotation.JsonSerializeAs";

    private JacksonAnnotations() {
    }

    /**
     * Returns normally when the classpath's {@code jackson-annotations} is new enough.
     *
     * @throws NoClassDefFoundError naming the version found, where it came from, and the fix. An error, not an
     *         exception: called from static initializers, it then reaches the user as it is (an exception would be
     *         wrapped in an ExceptionInInitializerError, and its message lost once a class that needed it failed)
     */
    public static void require() {
        try {
            Class.forName(PROBE, false, JacksonAnnotations.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            NoClassDefFoundError error = new NoClassDefFoundError(message(found()));
            error.initCause(e);
            throw error;
        }
    }

    static String message(String found) {
        return "wamock needs com.fasterxml.jackson.core:jackson-annotations " + MINIMUM + " or newer (its Jackson 3 uses "
                + PROBE + "), but the classpath has " + found + ", most likely chosen by Maven for the project's own "
                + "Jackson 2. Jackson 2 runs with the newer annotations: pin com.fasterxml.jackson.core:jackson-annotations "
                + "to " + MINIMUM + " in <dependencyManagement> (see docs/dependencies.md, \"Jackson 2 in the same project\")";
    }

    private static String found() {
        String version = JsonInclude.class.getPackage().getImplementationVersion();
        CodeSource source = JsonInclude.class.getProtectionDomain().getCodeSource();
        return "version " + (version == null ? "unknown" : version)
                + (source == null || source.getLocation() == null ? "" : " from " + source.getLocation());
    }
}
