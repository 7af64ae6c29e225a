package dev.wamock.assertions;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.WamockAssertions.journalFromJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journal of a real server, read through its control interface or from its JSON dump. */
class ServerJournalTest {
    private WamockServer server;

    @BeforeEach
    void start() {
        server = WamockServer.builder().port(0).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void assertThatAControlReadsWhatTheServerReceived() {
        Http.to(server).number("?fields=id,status");
        Http.to(server).number("?fields=id,status");

        assertThat(server).hasRequestCount(2).everyRequestHasBearerToken().everyRequestUsesVersion("v23.0")
                .everyRequestRequestsFields("id", "status").everyRequestHasUserAgent().eventuallySucceeded();
        assertThatThrownBy(() -> assertThat(server).hasRequestCount(3))
                .hasMessageContaining("#2 GET /v23.0/106540352242922?fields=id,status → 200");
    }

    @Test
    void aJournalDumpOfTheAdminApiReadsBackIntoTheSameAssertions() {
        server.use("transient-then-ok");
        Http.to(server).number();
        Http.to(server).number();
        HttpResponse<String> dump = Http.to(server).response("/__wamock/journal");

        Journal journal = journalFromJson(dump.body());

        assertThat(journal).isEqualTo(server.journal());
        assertThat(journal).hasRequestCount(2).retriedOnlyTransientErrors();
        assertThatThrownBy(() -> assertThat(journal).eventuallySucceeded())
                .hasMessageContaining("#2 GET /v23.0/106540352242922 → 500 code 2 [transient-then-ok step 0]  ← last attempt");
    }

    @Test
    void aDelayedRequestIsAwaitedNotPolledAndAMarkedPartAwaitsOnlyItsOwn() throws Exception {
        Http.to(server).number();
        Journal.Mark mark = server.journal().mark();
        server.use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(300)))));
        CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(() -> Http.to(server).number("?fields=id"));

        Journal part = server.journal().since(mark).await(1, Duration.ofSeconds(10));

        assertThat(part).hasRequestCount(1).requests().singleElement().requestsFields("id").hasHttpStatus(200);
        assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void somethingElseThanAJournalDumpIsRejectedWithTheExpectedShape() {
        assertThatThrownBy(() -> journalFromJson("[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a journal dump (expected {\"total\": …, \"dropped\": …, \"entries\": [...]}"
                        + " as GET /__wamock/journal returns)");
    }
}
