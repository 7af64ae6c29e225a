package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.MessageTemplate;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.ServerSetting;
import dev.wamock.server.HttpsOptions;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.ServerOptions;
import dev.wamock.server.cli.WamockCommand;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Without an engine: each server option the container offers becomes its {@code WAMOCK_*} variable, and the image's
 * command line reads that variable as the option the in-process server would get; every other
 * {@link ServerSetting} is listed here as not offered, with the reason. A new setting fails here until it is decided.
 */
class ContainerSettingsTest {
    private static final Path NUMBERS = Path.of("src/test/resources/fixtures/one-more-number.yaml");

    /** A {@code withX} call and what the server's options become. */
    private record Offered(Consumer<WamockContainer> with, UnaryOperator<ServerOptions> expected) {
    }

    private static final String HOOK = "http://host.testcontainers.internal:9000/webhook";
    private static final MessagingLimits LIMITS = MessagingLimits.defaults().withMessagesPerSecond(3)
            .withPairLimit(java.time.Duration.ofMillis(1500), 2).withUndeliverable("+1 555-000-9999")
            .withMarketingPerUserPerDay(1).withTemplate(MessageTemplate.approved("promo", "pt_BR",
                    MessageTemplate.Category.MARKETING, 1));

    private static final Map<ServerSetting, Offered> OFFERED = Map.ofEntries(
            Map.entry(ServerSetting.SCENARIO, new Offered(c -> c.withScenario("http-500"),
                    o -> o.withStartScenario("http-500"))),
            Map.entry(ServerSetting.FIXTURES, new Offered(c -> c.withFixtures(NUMBERS),
                    o -> o.withFixtures(Fixtures.load(NUMBERS, Fixtures.defaults())))),
            Map.entry(ServerSetting.REQUIRE_TOKEN, new Offered(c -> c.withRequireToken("fake-token-1234"),
                    o -> o.withRequiredToken("fake-token-1234"))),
            Map.entry(ServerSetting.JOURNAL_CAPACITY, new Offered(c -> c.withJournalCapacity(50),
                    o -> o.withJournalCapacity(50))),
            Map.entry(ServerSetting.STATE, new Offered(c -> c.withState("redis://redis:6379/0"),
                    o -> o.withState(URI.create("redis://redis:6379/0")))),
            Map.entry(ServerSetting.PROFILE, new Offered(c -> c.withProfile(Profile.GRAPH_OBSERVED),
                    o -> o.withProfile(ProfileOptions.of(Profile.GRAPH_OBSERVED)))),
            Map.entry(ServerSetting.RATE_LIMIT_STATUS, new Offered(c -> c.withRateLimitStatus(429),
                    o -> o.withProfile(new ProfileOptions(Profile.DOCUMENTED, 429, 400)))),
            Map.entry(ServerSetting.TOKEN_ERROR_STATUS, new Offered(c -> c.withTokenErrorStatus(401),
                    o -> o.withProfile(new ProfileOptions(Profile.DOCUMENTED, 400, 401)))),
            Map.entry(ServerSetting.HTTPS_PORT, new Offered(WamockContainer::withHttps,
                    o -> o.withHttps(HttpsOptions.onPort(WamockContainer.HTTPS_PORT)))),
            Map.entry(ServerSetting.PROXY, new Offered(WamockContainer::withProxy,
                    o -> o.withHttps(HttpsOptions.onPort(WamockContainer.HTTPS_PORT).withProxy(true)))),
            Map.entry(ServerSetting.WEBHOOK_URL, new Offered(c -> c.withWebhooks(HOOK, "fake-app-secret-1234"),
                    o -> o.withWebhookUrl(URI.create(HOOK)).withAppSecret("fake-app-secret-1234"))),
            Map.entry(ServerSetting.APP_SECRET, new Offered(c -> c.withWebhooks(HOOK, "fake-app-secret-1234"),
                    o -> o.withWebhookUrl(URI.create(HOOK)).withAppSecret("fake-app-secret-1234"))),
            Map.entry(ServerSetting.VERIFY_TOKEN, new Offered(c -> c.withVerifyToken("fake-verify-token-1234"),
                    o -> o.withVerifyToken("fake-verify-token-1234"))),
            Map.entry(ServerSetting.MESSAGING_LIMITS, new Offered(c -> c.withMessagingLimits(LIMITS),
                    o -> o.withMessagingLimits(LIMITS))));

    /** Settings the container does not offer, and why. */
    private static final Map<ServerSetting, String> NOT_OFFERED = Map.of(
            ServerSetting.HOST, "the image binds 0.0.0.0",
            ServerSetting.PORT, "8080 in the container; Testcontainers maps it to a free one",
            ServerSetting.SCENARIOS, "the image reads /scenarios, where withScenarioFiles and withScenario(Scenario) copy",
            ServerSetting.ADMIN_TOKEN, "always a random one of the container's own: getAdminToken()",
            ServerSetting.ADMIN_ALLOWED_HOSTS, "the image allows any Host; the admin token guards the admin API",
            ServerSetting.JOURNAL_FILE, "a file inside the container; journal() reads the journal over the admin API",
            ServerSetting.KEYSTORE, "the container's own CA signs the listener; sslContext() trusts it",
            ServerSetting.KEYSTORE_PASSWORD, "the container's own CA signs the listener; sslContext() trusts it");

    @Test
    void everySettingIsOfferedOrListedAsNotOfferedWithItsReason() {
        assertThat(OFFERED.keySet()).doesNotContainAnyElementsOf(NOT_OFFERED.keySet());
        Set<ServerSetting> decided = EnumSet.noneOf(ServerSetting.class);
        decided.addAll(OFFERED.keySet());
        decided.addAll(NOT_OFFERED.keySet());

        assertThat(decided).containsExactlyInAnyOrder(ServerSetting.values());
    }

    @Test
    void eachOptionOfferedIsAVariableTheServerReadsAsThatOption() {
        ServerOptions base = WamockCommand.options(env(new WamockContainer()));
        for (Map.Entry<ServerSetting, Offered> e : OFFERED.entrySet()) {
            WamockContainer container = new WamockContainer();
            e.getValue().with().accept(container);
            Map<String, String> env = env(container);

            assertThat(env).as(e.getKey().name()).containsKey(e.getKey().env());
            assertThat(WamockCommand.options(env)).as(e.getKey().env() + "=" + env.get(e.getKey().env()))
                    .isEqualTo(e.getValue().expected().apply(base));
        }
    }

    /**
     * The variables {@code configure()} sets, but the random admin token, with the fixtures path of the container
     * pointing at the file's directory here (the container gets a copy of the same name), and the limits path at a
     * file here holding what the container gets copied there.
     */
    private static Map<String, String> env(WamockContainer container) {
        try (container) {
            container.configure();
            Map<String, String> env = new HashMap<>(container.getEnvMap());
            env.remove(ServerSetting.ADMIN_TOKEN.env());
            env.computeIfPresent(ServerSetting.FIXTURES.env(), (name, path) -> path.replace(WamockContainer.FIXTURES_PATH,
                    NUMBERS.getParent().toString()));
            env.computeIfPresent(ServerSetting.MESSAGING_LIMITS.env(), (name, path) -> copied(container, path).toString());
            return env;
        }
    }

    /** The file {@code configure()} copies to {@code path} in the container, written to a temporary file here. */
    private static Path copied(WamockContainer container, String path) {
        try {
            // package-private in Testcontainers: what withCopyToContainer(Transferable, path) stored
            java.lang.reflect.Method files = org.testcontainers.containers.GenericContainer.class
                    .getDeclaredMethod("getCopyToTransferableContainerPathMap");
            files.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<org.testcontainers.images.builder.Transferable, String> copies =
                    (Map<org.testcontainers.images.builder.Transferable, String>) files.invoke(container);
            byte[] content = copies.entrySet().stream().filter(e -> e.getValue().equals(path)).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing is copied to " + path + ": " + copies.values()))
                    .getKey().getBytes();
            Path file = java.nio.file.Files.createTempFile("messaging-limits", ".json");
            file.toFile().deleteOnExit();
            return java.nio.file.Files.write(file, content);
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("cannot read what the container copies to " + path, e);
        }
    }
}
