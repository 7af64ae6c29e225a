package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reset returns a session's webhooks to the server's settings, and the extension resets the server before each test:
 * a receiver asked for before that reset (in the test's constructor, or once for a class sharing its server) still gets
 * the test's webhooks, because the extension points the server at it again after the reset; so does a receiver after a
 * {@code reset()} of the test's handle.
 */
class WamockWebhooksAfterResetTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aReceiverFromTheConstructorGetsTheTestsStatuses() {
        Engine.run(FromTheConstructor.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void aReceiverOfAClassSharingItsServerGetsEachTestsStatuses() {
        Engine.run(OncePerClass.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void aResetInTheTestKeepsItsReceiver() {
        Engine.run(ResetInTheTest.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    /** Sends a template through {@code wamock} and waits for its {@code sent} status at {@code webhooks}. */
    static void sendAndReceive(WamockHandle wamock, WamockWebhooks webhooks) throws Exception {
        HttpRequest send = HttpRequest.newBuilder(wamock.uri("/v23.0/106540352242922/messages"))
                .header("Authorization", "Bearer fake-token-1234").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"messaging_product\": \"whatsapp\", \"to\": \"16505551234\","
                        + " \"type\": \"template\", \"template\": {\"name\": \"hello_world\", \"language\": {\"code\":"
                        + " \"en_US\"}}}"))
                .build();
        String answer = HttpClient.newHttpClient().send(send, HttpResponse.BodyHandlers.ofString()).body();
        String wamid = answer.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(webhooks.awaitStatus(wamid, "sent", WAIT).signatureValid()).isTrue();
    }

    @EngineFixture
    @WamockTest
    static class FromTheConstructor {
        private final WamockWebhooks webhooks;

        FromTheConstructor(WamockWebhooks webhooks) {
            this.webhooks = webhooks;
        }

        @Test
        void statusesArrive(WamockHandle wamock) throws Exception {
            sendAndReceive(wamock, webhooks);
        }
    }

    @EngineFixture
    @WamockTest
    static class ResetInTheTest {
        @Test
        void statusesArriveAfterTheReset(WamockHandle wamock, WamockWebhooks webhooks) throws Exception {
            wamock.reset();
            sendAndReceive(wamock, webhooks);
        }
    }

    @EngineFixture
    @WamockTest(lifetime = WamockTest.Lifetime.PER_CLASS)
    static class OncePerClass {
        private static WamockWebhooks webhooks;

        @BeforeAll
        static void receiver(WamockWebhooks classReceiver) {
            webhooks = classReceiver;
        }

        @Test
        void first(WamockHandle wamock) throws Exception {
            sendAndReceive(wamock, webhooks);
        }

        @Test
        void second(WamockHandle wamock) throws Exception {
            sendAndReceive(wamock, webhooks);
        }
    }
}
