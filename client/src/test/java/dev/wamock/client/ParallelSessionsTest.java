package dev.wamock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.client.contract.SessionStories;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.Test;

/** Ten stories at once on one server through {@link WamockClient#session(String)}: each sees its own alone. */
class ParallelSessionsTest {

    @Test
    void tenSessionsOfOneServerRunTheirStoriesAtOnceEachSeeingOnlyItsOwn() throws Exception {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            WamockClient client = WamockClient.connect(server.baseUrl());

            SessionStories.runAtOnce(10, n -> client.session("story-" + n));

            assertThat(client.sessions()).hasSize(11);
            for (int n = 1; n <= 10; n++) {
                client.dropSession("story-" + n);
            }
            assertThat(client.sessions()).containsExactly("");
            assertThat(client.journal().total()).as("the default session's journal").isZero();
        }
    }

    @Test
    void theSameStoriesOnTheServersDefaultSessionSeeEachOthers() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            WamockClient client = WamockClient.connect(server.baseUrl());

            assertThatThrownBy(() -> SessionStories.runAtOnce(10, n -> client)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("story ");
        }
    }
}
