package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A {@code WamockWebhooks} test parameter: one receiver per test, the same in its @BeforeEach, closed after it. */
class WamockWebhooksInjectionTest {
    static final List<String> URLS = new CopyOnWriteArrayList<>();

    @Test
    void eachTestGetsItsOwnReceiverSharedWithItsBeforeEachAndClosedAfterIt() {
        URLS.clear();
        Engine.run(TwoTests.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(URLS).hasSize(4);
        assertThat(URLS.get(0)).isEqualTo(URLS.get(1));
        assertThat(URLS.get(2)).isEqualTo(URLS.get(3)).isNotEqualTo(URLS.get(0));
        assertThat(URLS).noneMatch(WamockWebhooksInjectionTest::listens);
    }

    private static boolean listens(String url) {
        try {
            Webhooks.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @EngineFixture
    @WamockTest
    static class TwoTests {
        @BeforeEach
        void before(WamockWebhooks webhooks) {
            URLS.add(webhooks.url());
        }

        @Test
        void first(WamockWebhooks webhooks, WamockHandle wamock) {
            receives(webhooks);
        }

        @Test
        void second(WamockWebhooks webhooks) {
            receives(webhooks);
        }

        private static void receives(WamockWebhooks webhooks) {
            URLS.add(webhooks.url());
            assertThat(Webhooks.post(webhooks.url(), Webhooks.status("sent"), webhooks.appSecret())).isEqualTo(200);
            assertThat(webhooks.await(1, Duration.ofSeconds(5)).get(0).signatureValid()).isTrue();
        }
    }
}
