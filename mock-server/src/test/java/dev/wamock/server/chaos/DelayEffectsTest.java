package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.SlowBody;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delays and slow bodies as the client's own clock measures them: never shorter than scripted, and
 * scaled by {@code clock().scaleDelays(…)}. The journal records the delay drawn for each request. Only
 * lower bounds here; how little longer than scripted an answer takes is {@link DelayTimingTest}'s (stress).
 */
class DelayEffectsTest {
    private WamockServer server;
    private ChaosClient client;

    @BeforeEach
    void start() {
        server = WamockServer.start();
        client = new ChaosClient(server);
        client.get();
        server.reset();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Duration scriptedDelay(JournalEntry entry) {
        String effect = entry.effects().stream().map(Object::toString).filter(e -> e.startsWith("delay ")).findFirst()
                .orElseThrow(() -> new AssertionError("no delay on " + entry.describe()));
        return Duration.ofMillis(Long.parseLong(effect.substring("delay ".length(), effect.length() - "ms".length())));
    }

    @Test
    void aFixedDelayHoldsEveryAnswerAtLeastThatLong() {
        server.use(Scenario.of("fixed", Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(200)))));

        ChaosClient.Outcome outcome = client.get();

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        JournalEntry entry = client.onlyEntry();
        assertThat(entry.effects()).map(Object::toString).containsExactly("delay 200ms");
        assertThat(entry.outcome().wireName()).isEqualTo("response");
        assertThat(entry.latencyMicros()).isGreaterThanOrEqualTo(200_000);
    }

    @Test
    void aUniformDelayHoldsEachAnswerAtLeastTheDelayDrawnForIt() {
        server.use(Scenario.of("uniform", Step.passThrough()
                .withDelay(Delay.uniform(Duration.ofMillis(20), Duration.ofMillis(120)))));

        List<Duration> elapsed = java.util.stream.IntStream.range(0, 6).mapToObj(i -> client.get().elapsed()).toList();

        List<JournalEntry> entries = client.journal(6).entries();
        for (int i = 0; i < 6; i++) {
            Duration drawn = scriptedDelay(entries.get(i));
            assertThat(drawn).isBetween(Duration.ofMillis(20), Duration.ofMillis(120));
            assertThat(elapsed.get(i)).as("call %d, delay drawn %s", i, drawn).isGreaterThanOrEqualTo(drawn);
        }
        assertThat(entries).extracting(DelayEffectsTest::scriptedDelay).doesNotHaveDuplicates();
    }

    @Test
    void aLogNormalDelayHoldsEachAnswerAtLeastTheDelayDrawnAndNeverPastTheCap() {
        server.use(Scenario.of("lognormal", Step.passThrough()
                .withDelay(Delay.logNormal(Duration.ofMillis(30), 0.8, Duration.ofMillis(150)))));

        List<Duration> elapsed = java.util.stream.IntStream.range(0, 6).mapToObj(i -> client.get().elapsed()).toList();

        List<JournalEntry> entries = client.journal(6).entries();
        for (int i = 0; i < 6; i++) {
            Duration drawn = scriptedDelay(entries.get(i));
            assertThat(drawn).isLessThanOrEqualTo(Duration.ofMillis(150));
            assertThat(elapsed.get(i)).as("call %d, delay drawn %s", i, drawn).isGreaterThanOrEqualTo(drawn);
        }
    }

    /** An hour scripted: an answer within the client's 10 s timeout is one whose delay was skipped. */
    @Test
    void delayScaleZeroMakesADelayedScenarioFast() {
        server.use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofHours(1)))));
        server.clock().scaleDelays(0);

        for (int i = 0; i < 10; i++) {
            assertThat(client.get().status()).isEqualTo(200);
        }

        assertThat(client.journal(10).entries()).allSatisfy(e -> assertThat(e.effects()).map(Object::toString)
                .as("the journal keeps the scripted delay").containsExactly("delay 3600000ms"));
    }

    /** An hour × 0.0001 = 360 ms: at least that, and answered within the client's 10 s timeout, so scaled. */
    @Test
    void aDelayScaleBetweenZeroAndOneShortensTheDelay() {
        server.use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofHours(1)))));
        server.clock().scaleDelays(0.0001);

        ChaosClient.Outcome outcome = client.get();

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.elapsed()).as("1 h × 0.0001").isGreaterThanOrEqualTo(Duration.ofMillis(360));
    }

    @Test
    void aSlowBodyArrivesIntactAfterItsDuration() {
        String normal = client.get().body();
        server.use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(5, Duration.ofMillis(400)))));

        ChaosClient.Outcome outcome = client.get();

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).isEqualTo(normal);
        assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        JournalEntry entry = client.journal(2).entries().get(1);
        assertThat(entry.effects()).map(Object::toString).containsExactly("slow-body 5x over 400ms");
        assertThat(entry.outcome().wireName()).isEqualTo("response");
    }

    @Test
    void aSlowBodyReachesTheClientPieceByPiece() throws Exception {
        server.use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(4, Duration.ofMillis(600)))));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v23.0/" + ChaosClient.NUMBER))
                .header("Authorization", "Bearer " + ChaosClient.TOKEN).build();

        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        long headersAt = System.nanoTime() - start;
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readAllBytes();
        }
        long bodyAt = System.nanoTime() - start;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-length")).contains(String.valueOf(body.length));
        assertThat(Duration.ofNanos(bodyAt)).as("the last chunk after 600 ms").isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(Duration.ofNanos(bodyAt - headersAt)).as("the headers come with the first chunk, 3 pauses of 200 ms before the last")
                .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    /** An hour scripted: a whole body within the client's 10 s timeout is one sent at once. */
    @Test
    void delayScaleZeroSendsASlowBodyAtOnce() {
        server.use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(10, Duration.ofHours(1)))));
        server.clock().scaleDelays(0);

        ChaosClient.Outcome outcome = client.get();

        assertThat(outcome.status()).isEqualTo(200);
    }

    /** An hour × 0.0001 = 360 ms: scaled twice it would be 36 µs, not scaled an hour (past the client's 10 s). */
    @Test
    void aDelayScaleBetweenZeroAndOneScalesASlowBodyOnce() {
        server.use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(5, Duration.ofHours(1)))));
        server.clock().scaleDelays(0.0001);

        ChaosClient.Outcome outcome = client.get();

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(360));
    }

    @Test
    void aDelayBeforeAFaultDelaysTheFault() {
        server.use(Scenario.of("late-reset", Step.fault(dev.wamock.scenarios.Fault.TRUNCATED)
                .withDelay(Delay.fixed(Duration.ofMillis(150)))));

        ChaosClient.Outcome outcome = client.get();

        assertThat(outcome.failure()).hasMessageStartingWith("fixed content-length");
        assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(client.onlyEntry().effects()).map(Object::toString).containsExactly("delay 150ms", "fault truncated");
    }
}
