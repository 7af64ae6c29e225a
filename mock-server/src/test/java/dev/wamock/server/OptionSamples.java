package dev.wamock.server;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.scenarios.ServerSetting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One sample per {@link ServerSetting}: a value as the command line takes it, the {@link ServerOptions} component it
 * sets, what it makes of the options, and the {@link WamockServer.Builder} call that does the same. A new option
 * needs a sample here, or {@link OptionAdaptersTest} fails.
 *
 * @param setting    the flag and variable
 * @param value      its value on the command line
 * @param companions other settings it needs (a keystore needs the HTTPS listener)
 * @param component  the component of {@link ServerOptions} it sets, {@code https.port} for a nested one
 * @param expected   the options with the sample applied
 * @param builder    the builder call that applies it
 */
record OptionSamples(ServerSetting setting, String value, Map<ServerSetting, String> companions, String component,
                     UnaryOperator<ServerOptions> expected, Consumer<WamockServer.Builder> builder) {

    /** Every sample, in the order of {@link ServerSetting}; files they name are written to {@code dir}. */
    static List<OptionSamples> all(Path dir) {
        Path numbers = write(dir.resolve("numbers.yaml"), "numbers:\n  - id: \"100000000000001\"\n"
                + "    display_phone_number: \"+1 555-010-0001\"\n    verified_name: \"Fake Test Shop\"\n"
                + "    status: CONNECTED\n    quality_rating: GREEN\n");
        Path scenarios = write(dir.resolve("flaky.yaml"), "name: flaky\nsteps:\n  - error: server-error\n    times: 1\n  - pass: true\n");
        Path keystore = dir.resolve("server.p12");
        Path journal = dir.resolve("journal.jsonl");
        Path limitsFile = write(dir.resolve("limits.json"), "{\"messagesPerSecond\": 3, \"pairInterval\": \"2s\"}");
        MessagingLimits limits = MessagingLimits.defaults().withMessagesPerSecond(3).withPairLimit(Duration.ofSeconds(2), 45);
        HttpsOptions https = HttpsOptions.onPort(0);
        Fixtures loaded = Fixtures.load(numbers, Fixtures.defaults());
        String password = "fake-pa${ss}word";
        return List.of(
                of(ServerSetting.HOST, "0.0.0.0", "host", o -> o.withHost("0.0.0.0"), b -> b.host("0.0.0.0")),
                of(ServerSetting.PORT, "9090", "port", o -> o.withPort(9090), b -> b.port(9090)),
                of(ServerSetting.FIXTURES, numbers.toString(), "fixtures", o -> o.withFixtures(loaded),
                        b -> b.fixtures(loaded)),
                of(ServerSetting.REQUIRE_TOKEN, "fake-token-1234", "requiredToken",
                        o -> o.withRequiredToken("fake-token-1234"), b -> b.requireToken("fake-token-1234")),
                of(ServerSetting.SCENARIO, "http-500", "startScenario", o -> o.withStartScenario("http-500"),
                        b -> b.startScenario("http-500")),
                of(ServerSetting.SCENARIOS, scenarios.toString(), "scenarios",
                        o -> o.withScenarios(ScenarioFiles.load(scenarios)), b -> b.scenarioFiles(scenarios)),
                of(ServerSetting.JOURNAL_CAPACITY, "50", "journalCapacity", o -> o.withJournalCapacity(50),
                        b -> b.journalCapacity(50)),
                of(ServerSetting.ADMIN_TOKEN, "fake-admin-token", "adminToken", o -> o.withAdminToken("fake-admin-token"),
                        b -> b.adminToken("fake-admin-token")),
                of(ServerSetting.ADMIN_ALLOWED_HOSTS, "wamock,ci.example", "adminAllowedHosts",
                        o -> o.withAdminAllowedHosts(List.of("wamock", "ci.example")),
                        b -> b.adminAllowedHosts("wamock", "ci.example")),
                of(ServerSetting.PROFILE, "graph-observed", "profile.profile",
                        o -> o.withProfile(ProfileOptions.of(Profile.GRAPH_OBSERVED)), b -> b.profile(Profile.GRAPH_OBSERVED)),
                of(ServerSetting.RATE_LIMIT_STATUS, "429", "profile.rateLimitStatus",
                        o -> o.withProfile(new ProfileOptions(Profile.DOCUMENTED, 429, 400)),
                        b -> b.profile(new ProfileOptions(Profile.DOCUMENTED, 429, 400))),
                of(ServerSetting.TOKEN_ERROR_STATUS, "401", "profile.tokenErrorStatus",
                        o -> o.withProfile(new ProfileOptions(Profile.DOCUMENTED, 400, 401)),
                        b -> b.profile(new ProfileOptions(Profile.DOCUMENTED, 400, 401))),
                of(ServerSetting.JOURNAL_FILE, journal.toString(), "journalFile", o -> o.withJournalFile(journal),
                        b -> b.journalFile(journal)),
                of(ServerSetting.STATE, "redis://127.0.0.1:6379/0", "state",
                        o -> o.withState(URI.create("redis://127.0.0.1:6379/0")), b -> b.state("redis://127.0.0.1:6379/0")),
                of(ServerSetting.HTTPS_PORT, "8443", "https.port", o -> o.withHttps(HttpsOptions.onPort(8443)),
                        b -> b.httpsPort(8443)),
                new OptionSamples(ServerSetting.KEYSTORE, keystore.toString(), Map.of(ServerSetting.HTTPS_PORT, "0"),
                        "https.keystore", o -> o.withHttps(https.withKeystore(keystore, null)),
                        b -> b.keystore(keystore, null)),
                new OptionSamples(ServerSetting.KEYSTORE_PASSWORD, password,
                        Map.of(ServerSetting.KEYSTORE, keystore.toString(), ServerSetting.HTTPS_PORT, "0"),
                        "https.keystorePassword", o -> o.withHttps(https.withKeystore(keystore, password)),
                        b -> b.keystore(keystore, password)),
                of(ServerSetting.PROXY, "true", "https.proxy", o -> o.withHttps(https.withProxy(true)), b -> b.proxy()),
                of(ServerSetting.WEBHOOK_URL, "http://127.0.0.1:9000/webhook", "webhookUrl",
                        o -> o.withWebhookUrl(URI.create("http://127.0.0.1:9000/webhook")),
                        b -> b.webhooks(WebhookOptions.to("http://127.0.0.1:9000/webhook"))),
                of(ServerSetting.APP_SECRET, "fake-app-secret-1234", "appSecret",
                        o -> o.withAppSecret("fake-app-secret-1234"),
                        b -> b.webhooks(WebhookOptions.none().withAppSecret("fake-app-secret-1234"))),
                of(ServerSetting.VERIFY_TOKEN, "fake-verify-token-1234", "verifyToken",
                        o -> o.withVerifyToken("fake-verify-token-1234"),
                        b -> b.webhooks(WebhookOptions.none().withVerifyToken("fake-verify-token-1234"))),
                of(ServerSetting.MESSAGING_LIMITS, limitsFile.toString(), "messagingLimits",
                        o -> o.withMessagingLimits(limits), b -> b.messagingLimits(limits)));
    }

    private static OptionSamples of(ServerSetting setting, String value, String component,
                                    UnaryOperator<ServerOptions> expected, Consumer<WamockServer.Builder> builder) {
        return new OptionSamples(setting, value, Map.of(), component, expected, builder);
    }

    /** The sample and its companions, as {@code --flag value} arguments. */
    String[] args() {
        return settings().entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey().flag(), e.getValue()))
                .toArray(String[]::new);
    }

    /** The sample and its companions, as {@code WAMOCK_*} variables. */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        settings().forEach((s, v) -> env.put(s.env(), v));
        return env;
    }

    private Map<ServerSetting, String> settings() {
        Map<ServerSetting, String> all = new LinkedHashMap<>(companions);
        all.put(setting, value);
        return all;
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
