package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@WamockTest(lifetime = WamockTest.Lifetime.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassExampleTest {
    private static String sharedUrl;

    @BeforeAll
    static void oneServerForTheClass(WamockHandle wamock) { // needs PER_CLASS or a static @WamockInstance field
        sharedUrl = wamock.baseUrl();
    }

    @Test
    @Order(1)
    void leavesAScenarioAManualClockAndAJournalBehind(WamockHandle wamock) throws Exception {
        wamock.use("http-500");
        wamock.clock().manual().advance(Duration.ofHours(1));

        assertThat(status(wamock)).isEqualTo(500);
        assertThat(wamock.baseUrl()).isEqualTo(sharedUrl);
    }

    @Test
    @Order(2)
    void startsFromTheStartConfigurationOnTheSameServer(WamockHandle wamock) throws Exception {
        assertThat(wamock.baseUrl()).isEqualTo(sharedUrl);
        assertThat(wamock.progress()).isNull();
        assertThat(wamock.journal().total()).isZero();
        assertThat(status(wamock)).isEqualTo(200);
    }

    private static int status(WamockHandle wamock) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(wamock.uri("/v23.0/106540352242922"))
                .header("Authorization", "Bearer fake-token-1234").build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode();
    }
}
