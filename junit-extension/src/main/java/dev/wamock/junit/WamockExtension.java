package dev.wamock.junit;

import dev.wamock.junit.internal.ServerLifecycle;
import dev.wamock.junit.internal.WamockConfig;
import dev.wamock.junit.internal.WebhookWiring;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.ServerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The JUnit Jupiter extension behind {@link WamockTest}. Register it with the annotation, or in code:
 *
 * <pre>
 * &#64;RegisterExtension
 * static WamockExtension wamock = WamockExtension.builder()
 *         .scenarios(Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough()))
 *         .fixtures("/wamock/numbers.yaml")
 *         .build();
 * </pre>
 *
 * <p>Both forms behave the same. The extension keeps no state of its own: servers live in JUnit's
 * extension store and JUnit stops them when their test (or class) ends. A failing test's report
 * carries the journal of each server it used as a timeline, as a suppressed exception; a test whose
 * server failed inside itself (a wamock bug) fails, with that failure as the cause.
 */
public final class WamockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    /** Set by the builder; null when the configuration comes from {@link WamockTest}. Immutable. */
    private final WamockConfig config;

    /** Used by {@link WamockTest}; reads its configuration from the annotation. */
    public WamockExtension() {
        this(null);
    }

    private WamockExtension(WamockConfig config) {
        this.config = config;
    }

    /** A builder for a {@code @RegisterExtension} field: the options of {@link WamockTest} in code. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ServerLifecycle.beforeAll(context, this, config);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WamockControl server = ServerLifecycle.beforeEach(context, this, config);
        WamockHandle handle = WamockHandle.of(server, () -> WebhookWiring.reconnect(context, server));
        ServerLifecycle.injectInstanceFields(context, handle);
    }

    /** Fails the test when wamock itself failed while answering it (a wamock bug, never a Graph answer). */
    @Override
    public void afterEach(ExtensionContext context) {
        ServerLifecycle.afterEach(context, config);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WamockHandle.class || type == WamockControl.class || type == WamockWebhooks.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == WamockWebhooks.class) {
            return WebhookWiring.receiverFor(context, config, parameter.getDeclaringExecutable());
        }
        WamockControl server = ServerLifecycle.serverFor(context, config, parameter.getDeclaringExecutable());
        return WamockHandle.of(server, () -> WebhookWiring.reconnect(context, server));
    }

    /** Constructor parameters see the test's own server, not the class's context. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw ServerLifecycle.withJournal(context, config, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw ServerLifecycle.withJournal(context, config, failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw ServerLifecycle.withJournal(context, config, failure);
    }

    /** Configures a {@link WamockExtension} for {@code @RegisterExtension}; same options as {@link WamockTest}. */
    public static final class Builder {
        /** The server's options: the one place the builder's methods map to. */
        private ServerOptions server = ServerOptions.defaults();
        private final List<String> scenarioFiles = new ArrayList<>();
        private String fixturesResource;
        private String limitsResource;
        private boolean perClass;
        private String url;
        private boolean installJvmWide;

        private Builder() {
        }

        /** Makes these scenarios known by name, next to the built-ins. */
        public Builder scenarios(Scenario... more) {
            List<Scenario> all = new ArrayList<>(server.scenarios());
            all.addAll(List.of(more));
            server = server.withScenarios(all);
            return this;
        }

        /** Classpath resources with scenarios (YAML or JSON), e.g. {@code /wamock/flaky.yaml}. */
        public Builder scenarioFiles(String... classpathResources) {
            scenarioFiles.addAll(List.of(classpathResources));
            return this;
        }

        /** The account numbers the server knows (the defaults when unset). */
        public Builder fixtures(Fixtures numbers) {
            server = server.withFixtures(Objects.requireNonNull(numbers, "numbers"));
            return this;
        }

        /** A classpath resource with account numbers; {@code mode: extend} adds to {@link #fixtures(Fixtures)} or the defaults. */
        public Builder fixtures(String classpathResource) {
            this.fixturesResource = Objects.requireNonNull(classpathResource, "classpathResource");
            return this;
        }

        /**
         * WhatsApp's messaging limits the server's sends follow ({@link MessagingLimits#defaults()} when unset), as
         * {@link WamockTest#messagingLimits()} but in code; replaces a resource named before.
         */
        public Builder messagingLimits(MessagingLimits limits) {
            server = server.withMessagingLimits(Objects.requireNonNull(limits, "limits"));
            limitsResource = null;
            return this;
        }

        /**
         * A classpath resource with the messaging limits as JSON, e.g. {@code /wamock/limits.json}, as
         * {@link WamockTest#messagingLimits()}; replaces limits set before.
         */
        public Builder messagingLimits(String classpathResource) {
            limitsResource = Objects.requireNonNull(classpathResource, "classpathResource");
            server = server.withMessagingLimits(null);
            return this;
        }

        /** The only access token the server accepts (any non-empty token when unset). */
        public Builder requireToken(String token) {
            server = server.withRequiredToken(Objects.requireNonNull(token, "token"));
            return this;
        }

        /** Answer as endpoint.md documents (the default) or as production Graph has been seen to. */
        public Builder profile(dev.wamock.scenarios.Profile newProfile) {
            server = server.withProfile(ProfileOptions.of(Objects.requireNonNull(newProfile, "profile")));
            return this;
        }

        /**
         * One server for the class, reset before each test; needs a {@code static} {@code @RegisterExtension}
         * field.
         */
        public Builder perClass() {
            this.perClass = true;
            return this;
        }

        /**
         * A running wamock server ({@code http://localhost:8080}) to give each test a fresh session of instead of a
         * server of its own, as {@link WamockTest#url()}; not with fixtures, a required token, a profile or limits.
         */
        public Builder url(String baseUrl) {
            this.url = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /** Also an HTTPS listener, as {@link WamockTest#https()}. */
        public Builder https() {
            server = server.withHttps(WamockConfig.https(server.https(), false));
            return this;
        }

        /** Proxy mode for clients that hard-code {@code https://graph.facebook.com}, as {@link WamockTest#proxy()}. */
        public Builder proxy() {
            server = server.withHttps(WamockConfig.https(server.https(), true));
            return this;
        }

        /**
         * The server's trust (and proxy) as the JVM's defaults while it lives, restored afterwards, as
         * {@link WamockTest#installJvmWide()}; with {@link #https()} or {@link #proxy()}.
         */
        public Builder installJvmWide() {
            this.installJvmWide = true;
            return this;
        }

        /** The extension with the options set so far. */
        public WamockExtension build() {
            return new WamockExtension(new WamockConfig(perClass, server, fixturesResource, limitsResource, scenarioFiles,
                    url, installJvmWide));
        }
    }
}
