package dev.wamock.junit.internal;

import dev.wamock.junit.WamockTest;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.Scenario;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What servers of a test class look like, from {@link WamockTest} or the extension's builder. Immutable
 * and compared by value: it keys the servers and parsed resources in the extension store.
 *
 * @param perClass          one server per class instead of one per test
 * @param fixtures          the account numbers, or null for the defaults
 * @param fixturesResource  a classpath resource read over {@code fixtures}, or null
 * @param scenarios         scenarios given in code
 * @param scenarioResources classpath resources with scenarios
 * @param requireToken      the only token accepted, or null for any
 * @param profile           documented or graph-observed
 * @param url               a running server to give each test a session of, or null
 * @param https             also an HTTPS listener
 * @param proxy             the Graph proxy mode (HTTPS on too)
 * @param installJvmWide    the server's trust (and proxy) as the JVM's defaults while it lives
 */
public record WamockConfig(boolean perClass, Fixtures fixtures, String fixturesResource, List<Scenario> scenarios,
                           List<String> scenarioResources, String requireToken, dev.wamock.scenarios.Profile profile,
                           String url, boolean https, boolean proxy, boolean installJvmWide) {

    static final WamockConfig DEFAULTS = new WamockConfig(false, null, null, List.of(), List.of(), null, null, null,
            false, false, false);

    /** Copies the lists and normalises blanks to null and a missing profile to documented. */
    public WamockConfig {
        scenarios = List.copyOf(scenarios);
        scenarioResources = List.copyOf(scenarioResources);
        fixturesResource = blankToNull(fixturesResource);
        requireToken = blankToNull(requireToken);
        url = blankToNull(url);
        profile = profile == null ? dev.wamock.scenarios.Profile.DOCUMENTED : profile;
    }

    static WamockConfig of(WamockTest annotation) {
        return new WamockConfig(annotation.lifetime() == WamockTest.Lifetime.PER_CLASS, null, annotation.fixtures(),
                List.of(), List.of(annotation.scenarioFiles()), annotation.requireToken(),
                dev.wamock.scenarios.Profile.fromWireName(annotation.profile()), annotation.url(), annotation.https(),
                annotation.proxy(), annotation.installJvmWide());
    }

    /**
     * What a server of the test's own would have that a session of a running server cannot: fixtures, a required
     * token, a profile other than documented, HTTPS or the proxy; empty when there is none.
     */
    List<String> serverOptions() {
        List<String> options = new java.util.ArrayList<>();
        if (fixtures != null) {
            options.add("fixtures(Fixtures)");
        }
        if (fixturesResource != null) {
            options.add("fixtures = \"" + fixturesResource + "\"");
        }
        if (requireToken != null) {
            options.add("requireToken = \"" + requireToken + "\"");
        }
        if (profile != dev.wamock.scenarios.Profile.DOCUMENTED) {
            options.add("profile = \"" + profile.wireName() + "\"");
        }
        if (https) {
            options.add("https = true");
        }
        if (proxy) {
            options.add("proxy = true");
        }
        if (installJvmWide) {
            options.add("installJvmWide = true");
        }
        return options;
    }

    /**
     * The builder's configuration when there is one, else the nearest {@link WamockTest} on the test
     * class, its superclasses or (for {@code @Nested} classes) its enclosing classes, else the defaults.
     */
    static WamockConfig find(ExtensionContext context, WamockConfig explicit) {
        if (explicit != null) {
            return explicit;
        }
        return nearest(context, WamockTest.class).map(WamockConfig::of).orElse(DEFAULTS);
    }

    /** The annotation on the nearest element: test method, then its class, then enclosing classes. */
    static <A extends java.lang.annotation.Annotation> Optional<A> nearest(ExtensionContext context, Class<A> type) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<AnnotatedElement> element = c.getElement();
            if (element.isPresent()) {
                Optional<A> found = AnnotationSupport.findAnnotation(element.get(), type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
