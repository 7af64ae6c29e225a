package dev.wamock.assertions;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.WamockAssertions.journalFromJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import dev.wamock.server.WamockServer;
import java.net.http.HttpResponse;
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
        Graph.number(server.baseUrl(), "?fields=id,status");
        Graph.number(server.baseUrl(), "?fields=id,status");

        assertThat(server).hasRequestCount(2).everyRequestHasBearerToken().everyRequestUsesVersion("v23.0")
                .everyRequestRequestsFields("id", "status").everyRequestHasUserAgent().eventuallySucceeded();
        assertThatThrownBy(() -> assertThat(server).hasRequestCount(3))
                .hasMessageContaining("#2 GET /v23.0/106540352242922?fields=id,status → 200");
    }

    @Test
    void aJournalDumpOfTheAdminApiReadsBackIntoTheSameAssertions() {
        server.use("transient-then-ok");
        Graph.number(server.baseUrl(), "");
        Graph.number(server.baseUrl(), "");
        HttpResponse<String> dump = Graph.get(server.baseUrl(), "/__wamock/journal");

        Journal journal = journalFromJson(dump.body());

        assertThat(journal).isEqualTo(server.journal());
        assertThat(journal).hasRequestCount(2).retriedOnlyTransientErrors();
        assertThatThrownBy(() -> assertThat(journal).eventuallySucceeded())
                .hasMessageContaining("#2 GET /v23.0/106540352242922 → 500 code 2 [transient-then-ok step 0]  ← last attempt");
    }

    @Test
    void somethingElseThanAJournalDumpIsRejectedWithTheExpectedShape() {
        assertThatThrownBy(() -> journalFromJson("[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a journal dump (expected {\"total\": …, \"dropped\": …, \"entries\": [...]}"
                        + " as GET /__wamock/journal returns)");
    }
}
