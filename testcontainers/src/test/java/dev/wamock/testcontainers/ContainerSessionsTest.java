package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.client.WamockClient;
import dev.wamock.client.contract.SessionStories;
import dev.wamock.scenarios.JournalEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One container for a whole suite: ten sessions of it run their stories at once, each seeing only its own. */
@NeedsWamockImage
class ContainerSessionsTest {
    private static WamockContainer container;

    @BeforeAll
    static void start() {
        container = new WamockContainer();
        container.start();
    }

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void tenSessionsOfOneContainerRunTheirStoriesAtOnceAndAreDroppedAfter() throws Exception {
        container.reset();

        SessionStories.runAtOnce(10, n -> container.session("story-" + n));

        WamockClient admin = WamockClient.connect(container.getBaseUrl(), container.getAdminToken());
        assertThat(admin.sessions()).hasSize(11);
        for (int n = 1; n <= 10; n++) {
            container.dropSession("story-" + n);
        }
        assertThat(admin.sessions()).containsExactly("");
        assertThat(container.journal().total()).as("the default session's journal").isZero();
    }

    @Test
    void aSessionsBaseUrlNamesItUnderTheContainersMappedPort() {
        assertThat(container.session("orders-test.7").baseUrl())
                .isEqualTo(container.getBaseUrl() + "/sessions/orders-test.7");
        assertThat(container.session("orders-test.7").journal().entries()).extracting(JournalEntry::seq).isEmpty();
        container.dropSession("orders-test.7");
    }
}
