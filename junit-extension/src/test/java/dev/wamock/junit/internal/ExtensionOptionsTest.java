package dev.wamock.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockExtension;
import dev.wamock.junit.WamockTest;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.scenarios.ServerSetting;
import dev.wamock.server.HttpsOptions;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.ServerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extension maps {@link WamockTest} and {@link WamockExtension#builder()} to {@link ServerOptions} alike: each
 * server option it offers sets the same component from the annotation and from the builder, every other
 * {@link ServerSetting} is listed here as not offered with the reason, and every attribute is accounted for. A new
 * setting or attribute fails here until it is decided.
 */
class ExtensionOptionsTest {
    private static final String FIXTURES = "/wamock/one-number.yaml";
    private static final String SCENARIOS = "/wamock/flaky.yaml";
    private static final String LIMITS = "/wamock/three-per-second.json";

    /** Per setting offered: the annotated class, the builder, the attribute and what the options become. */
    private record Offered(Class<?> annotated, WamockExtension.Builder builder, String attribute,
                           UnaryOperator<ServerOptions> expected) {
    }

    private static final Map<ServerSetting, Offered> OFFERED = Map.of(
            ServerSetting.MESSAGING_LIMITS, new Offered(LimitsFile.class, WamockExtension.builder().messagingLimits(LIMITS),
                    "messagingLimits", o -> o.withMessagingLimits(MessagingLimits.defaults().withMessagesPerSecond(3))),
            ServerSetting.REQUIRE_TOKEN, new Offered(RequireToken.class,
                    WamockExtension.builder().requireToken("fake-token-1234"), "requireToken",
                    o -> o.withRequiredToken("fake-token-1234")),
            ServerSetting.PROFILE, new Offered(GraphObserved.class, WamockExtension.builder().profile(Profile.GRAPH_OBSERVED),
                    "profile", o -> o.withProfile(ProfileOptions.of(Profile.GRAPH_OBSERVED))),
            ServerSetting.HTTPS_PORT, new Offered(Https.class, WamockExtension.builder().https(), "https",
                    o -> o.withHttps(HttpsOptions.onPort(0))),
            ServerSetting.PROXY, new Offered(Proxy.class, WamockExtension.builder().proxy(), "proxy",
                    o -> o.withHttps(HttpsOptions.onPort(0).withProxy(true))),
            ServerSetting.FIXTURES, new Offered(FixturesFile.class, WamockExtension.builder().fixtures(FIXTURES),
                    "fixtures", o -> o.withFixtures(Fixtures.parse(FIXTURES, resource(FIXTURES), Fixtures.defaults()))),
            ServerSetting.SCENARIOS, new Offered(ScenariosFile.class, WamockExtension.builder().scenarioFiles(SCENARIOS),
                    "scenarioFiles", o -> o.withScenarios(ScenarioFiles.parse(SCENARIOS, resource(SCENARIOS)))));

    /** Settings the extension does not offer, and why. */
    private static final Map<ServerSetting, String> NOT_OFFERED = Map.ofEntries(
            Map.entry(ServerSetting.HOST, "always loopback"),
            Map.entry(ServerSetting.PORT, "always a free port"),
            Map.entry(ServerSetting.SCENARIO, "@WamockScenario on the test or class activates one"),
            Map.entry(ServerSetting.JOURNAL_CAPACITY, "a test's journal is far below the default 10 000"),
            Map.entry(ServerSetting.ADMIN_TOKEN, "the test drives its own server in Java, not over the admin API"),
            Map.entry(ServerSetting.ADMIN_ALLOWED_HOSTS, "the test drives its own server in Java, not over the admin API"),
            Map.entry(ServerSetting.RATE_LIMIT_STATUS, "not offered yet: use WamockServer.builder().profile(ProfileOptions)"),
            Map.entry(ServerSetting.TOKEN_ERROR_STATUS, "not offered yet: use WamockServer.builder().profile(ProfileOptions)"),
            Map.entry(ServerSetting.JOURNAL_FILE, "a failing test's report carries the journal (wamock.reports.dir)"),
            Map.entry(ServerSetting.STATE, "a server per test keeps its state in the test's JVM"),
            Map.entry(ServerSetting.KEYSTORE, "the HTTPS listener's certificate comes from the CA of the run"),
            Map.entry(ServerSetting.KEYSTORE_PASSWORD, "the HTTPS listener's certificate comes from the CA of the run"),
            Map.entry(ServerSetting.WEBHOOK_URL, "a WamockWebhooks test parameter points the server at its receiver"),
            Map.entry(ServerSetting.APP_SECRET, "the server signs with the WamockWebhooks receiver's fake secret"),
            Map.entry(ServerSetting.VERIFY_TOKEN, "the server sends the WamockWebhooks receiver's fake verify token"));

    /** Attributes that are not server options: the extension's own. */
    private static final Set<String> EXTENSION_ATTRIBUTES = Set.of("lifetime", "url", "installJvmWide");

    @Test
    void everySettingIsOfferedOrListedAsNotOfferedWithItsReason() {
        assertThat(OFFERED.keySet()).doesNotContainAnyElementsOf(NOT_OFFERED.keySet());
        Set<ServerSetting> decided = EnumSet.noneOf(ServerSetting.class);
        decided.addAll(OFFERED.keySet());
        decided.addAll(NOT_OFFERED.keySet());

        assertThat(decided).containsExactlyInAnyOrder(ServerSetting.values());
    }

    @Test
    void everyAttributeIsAServerOptionOfferedOrOneOfTheExtensionsOwn() {
        Set<String> known = Stream.concat(OFFERED.values().stream().map(Offered::attribute), EXTENSION_ATTRIBUTES.stream())
                .collect(Collectors.toSet());

        assertThat(Stream.of(WamockTest.class.getDeclaredMethods()).map(Method::getName)).containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void theAnnotationAndTheBuilderSetTheSameComponentForEachSettingOffered() throws Exception {
        for (Map.Entry<ServerSetting, Offered> e : OFFERED.entrySet()) {
            Offered offered = e.getValue();
            ServerOptions expected = offered.expected().apply(ServerOptions.defaults());

            assertThat(recipe(WamockConfig.of(offered.annotated().getAnnotation(WamockTest.class))))
                    .as("@WamockTest(%s) for %s", offered.attribute(), e.getKey()).isEqualTo(expected);
            assertThat(recipe(config(offered.builder().build())))
                    .as("builder().%s for %s", offered.attribute(), e.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void theBuildersLimitsInCodeAndAsAResourceReplaceEachOtherTheLastOneWins() throws Exception {
        MessagingLimits inCode = MessagingLimits.defaults().withMessagesPerSecond(2);

        assertThat(recipe(config(WamockExtension.builder().messagingLimits(LIMITS).messagingLimits(inCode).build()))
                .messagingLimits()).isEqualTo(inCode);
        assertThat(recipe(config(WamockExtension.builder().messagingLimits(inCode).messagingLimits(LIMITS).build()))
                .messagingLimits()).isEqualTo(MessagingLimits.defaults().withMessagesPerSecond(3));
        assertThat(config(WamockExtension.builder().messagingLimits(inCode).build()).serverOptions())
                .containsExactly("messagingLimits(MessagingLimits)");
    }

    @Test
    void noAttributeSetGivesTheDefaultOptions() {
        assertThat(recipe(WamockConfig.of(Plain.class.getAnnotation(WamockTest.class)))).isEqualTo(ServerOptions.defaults());
        assertThat(WamockConfig.of(Plain.class.getAnnotation(WamockTest.class))).isEqualTo(WamockConfig.DEFAULTS);
    }

    @Test
    void everyServerOptionOfferedKeepsAServerOfItsOwnInUrlMode() {
        for (Offered offered : OFFERED.values()) {
            if (!offered.attribute().equals("scenarioFiles")) {
                assertThat(WamockConfig.of(offered.annotated().getAnnotation(WamockTest.class)).serverOptions())
                        .as(offered.attribute()).singleElement().asString().startsWith(offered.attribute());
            }
        }
    }

    private static ServerOptions recipe(WamockConfig config) {
        return ServerRecipe.of(config, ExtensionOptionsTest.class).options();
    }

    private static WamockConfig config(WamockExtension extension) throws ReflectiveOperationException {
        var field = WamockExtension.class.getDeclaredField("config");
        field.setAccessible(true);
        return (WamockConfig) field.get(extension);
    }

    private static String resource(String name) {
        try (InputStream in = ExtensionOptionsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @WamockTest
    static class Plain {
    }

    @WamockTest(requireToken = "fake-token-1234")
    static class RequireToken {
    }

    @WamockTest(profile = Profile.GRAPH_OBSERVED)
    static class GraphObserved {
    }

    @WamockTest(https = true)
    static class Https {
    }

    @WamockTest(proxy = true)
    static class Proxy {
    }

    @WamockTest(fixtures = FIXTURES)
    static class FixturesFile {
    }

    @WamockTest(scenarioFiles = SCENARIOS)
    static class ScenariosFile {
    }

    @WamockTest(messagingLimits = LIMITS)
    static class LimitsFile {
    }
}
