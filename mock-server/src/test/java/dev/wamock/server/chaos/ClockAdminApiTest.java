package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET} and {@code POST /__wamock/clock}: the clock of a server a test cannot reach in-process. */
class ClockAdminApiTest extends ChaosServerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode clock(String json) {
        Reply outcome = json == null ? http().admin("GET", "/clock", null) : http().admin("POST", "/clock", json);
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
        assertThat(outcome.contentType()).startsWith("application/json");
        return JSON.readTree(outcome.body());
    }

    @Test
    void aNewServersClockIsRealWithDelaysUnscaled() {
        JsonNode state = clock(null);

        assertThat(state.get("mode").asString()).isEqualTo("real");
        assertThat(state.get("delayScale").asDouble()).isEqualTo(1.0);
        assertThat(state.get("nowMillis").isIntegralNumber()).isTrue();
    }

    @Test
    void manualStopsTheClockAndAdvanceMovesIt() {
        long frozen = clock("{\"mode\": \"manual\"}").get("nowMillis").asLong();
        sleep(20);
        assertThat(clock(null).get("nowMillis").asLong()).isEqualTo(frozen);

        JsonNode advanced = clock("{\"advance\": \"30s\"}");

        assertThat(advanced.get("mode").asString()).isEqualTo("manual");
        assertThat(advanced.get("nowMillis").asLong()).isEqualTo(frozen + 30_000);
        assertThat(ServerClock.of(server()).isManual()).isTrue();
    }

    @Test
    void theFieldsOfOneBodyApplyInOrderModeAdvanceDelayScale() {
        long before = clock(null).get("nowMillis").asLong();

        JsonNode state = clock("{\"delayScale\": 0, \"advance\": \"1h\", \"mode\": \"manual\"}");

        assertThat(state.get("mode").asString()).isEqualTo("manual");
        assertThat(state.get("nowMillis").asLong()).as("advanced by the hour once, whatever the request took")
                .isGreaterThanOrEqualTo(before + 3_600_000).isLessThan(before + 7_200_000);
        assertThat(state.get("delayScale").asDouble()).isZero();
        assertThat(ServerClock.of(server()).delayScale()).isZero();
    }

    /** That no time spent manual is skipped over is MockClockTest's, on a clock it moves itself. */
    @Test
    void realLetsTimeRunAgainFromWhereTheManualClockStood() {
        long frozen = clock("{\"mode\": \"manual\", \"advance\": \"2h\"}").get("nowMillis").asLong();

        JsonNode resumed = clock("{\"mode\": \"real\"}");
        sleep(30);

        assertThat(resumed.get("mode").asString()).isEqualTo("real");
        assertThat(resumed.get("nowMillis").asLong()).as("no jump back to the time before the 2 h advance")
                .isGreaterThanOrEqualTo(frozen);
        assertThat(clock(null).get("nowMillis").asLong()).isGreaterThanOrEqualTo(frozen + 30);
    }

    @Test
    void theJavaApiAndTheAdminApiDriveTheSameClock() {
        server().clock().manual().advance(Duration.ofMinutes(5)).scaleDelays(0.25);

        JsonNode state = clock(null);

        assertThat(state.get("mode").asString()).isEqualTo("manual");
        assertThat(state.get("delayScale").asDouble()).isEqualTo(0.25);
        assertThat(state.get("nowMillis").asLong()).isEqualTo(ServerClock.of(server()).nanos() / 1_000_000);
    }

    @Test
    void resetPutsTheClockBackToRealTimeAndFullDelaysKeepingItsTime() {
        long advanced = clock("{\"mode\": \"manual\", \"advance\": \"1h\", \"delayScale\": 0}").get("nowMillis").asLong();

        assertThat(http().admin("POST", "/reset", null).status()).isEqualTo(200);
        JsonNode state = clock(null);

        assertThat(state.get("mode").asString()).isEqualTo("real");
        assertThat(state.get("delayScale").asDouble()).isEqualTo(1.0);
        assertThat(state.get("nowMillis").asLong()).as("no jump back").isGreaterThanOrEqualTo(advanced);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"speed": 2}                 | unknown clock field 'speed'; valid fields: [mode, advance, delayScale]
            {"mode": "frozen"}           | mode must be 'manual' or 'real' but was 'frozen'
            {"advance": "soon"}          | 'soon' is not a duration; write e.g. 250ms, 2s, 1.5s, 10m or 1h
            {"advance": "-5s"}           | '-5s' is not a duration
            {"delayScale": -1}           | delay scale must be >= 0 but was -1.0
            {"delayScale": "fast"}       | delayScale must be a number, e.g. 0 or 0.5
            [1, 2]                       | the body must be a JSON object like
            not json                     | the body must be JSON like
            """)
    void aWrongBodyIsAGraphShaped400SayingWhatIsWrong(String body, String problem) {
        Reply outcome = http().admin("POST", "/clock", body);

        assertThat(outcome.status()).isEqualTo(400);
        JsonNode error = JSON.readTree(outcome.body()).get("error");
        assertThat(error.get("type").asString()).isEqualTo("OAuthException");
        assertThat(error.get("code").asInt()).isEqualTo(100);
        assertThat(error.get("message").asString()).startsWith("wamock admin: ").contains(problem);
        assertThat(clock(null).get("mode").asString()).as("nothing changed").isEqualTo("real");
    }

    @Test
    void withAnAdminTokenTheClockNeedsIt() {
        try (WamockServer guarded = WamockServer.builder().adminToken("s3cret").start()) {
            Http guardedClient = Http.to(guarded);

            assertThat(guardedClient.admin("POST", "/clock", "{\"mode\": \"manual\"}").status()).isEqualTo(401);
            assertThat(ServerClock.of(guarded).isManual()).isFalse();
            assertThat(guardedClient.send("POST", "/__wamock/clock", "{\"mode\": \"manual\"}", "Authorization", "Bearer s3cret")
                    .status()).isEqualTo(200);
            assertThat(ServerClock.of(guarded).isManual()).isTrue();
        }
    }
}
