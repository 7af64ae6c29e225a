package dev.wamock.junit.internal;

import dev.wamock.junit.WamockTest;
import dev.wamock.server.HttpsOptions;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.ServerOptions;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What servers of a test class look like, from {@link WamockTest} or the extension's builder: the server's own
 * options as {@link ServerOptions} (one description of a server for every adapter), and what only the extension
 * knows (lifetime, classpath resources, url mode, JVM-wide trust). Immutable and compared by value: it keys the
 * servers and parsed resources in the extension store.
 *
 * @param perClass          one server per class instead of one per test
 * @param server            the server's options: fixtures and scenarios given in code, token, profile, HTTPS; always
 *                          loopback on a free port
 * @param fixturesResource  a classpath resource read over the server's fixtures, or null
 * @param limitsResource    a classpath resource with the server's messaging limits (replacing those of
 *                          {@code server}), or null
 * @param scenarioResources classpath resources with scenarios
 * @param url               a running server to give each test a session of, or null
 * @param installJvmWide    the server's trust (and proxy) as the JVM's defaults while it lives
 */
public record WamockConfig(boolean perClass, ServerOptions server, String fixturesResource, String limitsResource,
                           List<String> scenarioResources, String url, boolean installJvmWide) {

    static final WamockConfig DEFAULTS = new WamockConfig(false, ServerOptions.defaults(), null, null, List.of(), null,
            false);

    /** Copies the list and normalises blanks to null. */
    public WamockConfig {
        Objects.requireNonNull(server, "server");
        scenarioResources = List.copyOf(scenarioResources);
        fixturesResource = blankToNull(fixturesResource);
        limitsResource = blankToNull(limitsResource);
        url = blankToNull(url);
    }

    /**
     * Hashes the options that are cheap to hash, and of the fixtures and scenarios only their counts: equal
     * configurations still hash alike, and a lookup of a test's server in the store (a few per test) no longer hashes
     * every account number and scenario step.
     */
    @Override
    public int hashCode() {
        return Objects.hash(perClass, server.host(), server.port(), server.requiredToken(), server.profile(),
                server.https(), server.fixtures().size(), server.scenarios().size(), fixturesResource, limitsResource,
                scenarioResources, url, installJvmWide);
    }

    /** The annotation's attributes: the one place they map to {@link ServerOptions}. */
    static WamockConfig of(WamockTest annotation) {
        ServerOptions server = ServerOptions.defaults()
                .withRequiredToken(blankToNull(annotation.requireToken()))
                .withProfile(ProfileOptions.of(annotation.profile()))
                .withHttps(annotation.https() || annotation.proxy() ? https(null, annotation.proxy()) : null);
        return new WamockConfig(annotation.lifetime() == WamockTest.Lifetime.PER_CLASS, server, annotation.fixtures(),
                annotation.messagingLimits(), List.of(annotation.scenarioFiles()), annotation.url(),
                annotation.installJvmWide());
    }

    /** {@code current} (or HTTPS on a free port) with the proxy mode on when {@code proxy}. */
    public static HttpsOptions https(HttpsOptions current, boolean proxy) {
        HttpsOptions https = current == null ? HttpsOptions.onPort(0) : current;
        return proxy ? https.withProxy(true) : https;
    }

    /**
     * What a server of the test's own would have that a session of a running server cannot, as the annotation
     * names it: every server option but the scenarios (which a session is sent) that differs from the defaults;
     * empty when there is none.
     */
    List<String> serverOptions() {
        if (server.equals(DEFAULTS.server) && fixturesResource == null && limitsResource == null && !installJvmWide) {
            return List.of(); // most configurations: no reflection
        }
        List<String> options = new ArrayList<>();
        for (RecordComponent c : ServerOptions.class.getRecordComponents()) {
            Object value = value(c, server);
            if (!c.getName().equals("scenarios") && !Objects.equals(value, value(c, DEFAULTS.server))) {
                options.add(named(c.getName(), value));
            }
        }
        if (fixturesResource != null) {
            options.add("fixtures = \"" + fixturesResource + "\"");
        }
        if (limitsResource != null) {
            options.add("messagingLimits = \"" + limitsResource + "\"");
        }
        if (installJvmWide) {
            options.add("installJvmWide = true");
        }
        return options;
    }

    private static String named(String component, Object value) {
        return switch (component) {
            case "fixtures" -> "fixtures(Fixtures)";
            case "requiredToken" -> "requireToken = \"" + value + "\"";
            case "profile" -> "profile = " + ((ProfileOptions) value).profile();
            case "https" -> ((HttpsOptions) value).proxy() ? "proxy = true" : "https = true";
            case "messagingLimits" -> "messagingLimits(MessagingLimits)";
            default -> component + " = " + value;
        };
    }

    private static Object value(RecordComponent component, ServerOptions options) {
        try {
            return component.getAccessor().invoke(options);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + " of " + options, e);
        }
    }

    /**
     * The builder's configuration when there is one, else the nearest {@link WamockTest} on the test
     * class, its superclasses or (for {@code @Nested} classes) its enclosing classes, else the defaults.
     */
    static WamockConfig find(ExtensionContext context, WamockConfig explicit) {
        if (explicit != null) {
            return explicit;
        }
        return RunCache.of(context).get(RunCache.Site.of("config", context),
                () -> nearest(context, WamockTest.class).map(WamockConfig::of).orElse(DEFAULTS));
    }

    /** {@link #nearest}, read once per run for each test site. */
    static <A extends java.lang.annotation.Annotation> Optional<A> nearestOnce(ExtensionContext context, Class<A> type) {
        return RunCache.of(context).get(RunCache.Site.of(type.getName(), context), () -> nearest(context, type));
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
