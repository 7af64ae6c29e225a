package dev.wamock.state.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import org.junit.jupiter.api.Test;

/** The Redis journal's entries keep a send's body, and an endpoint entry gets no {@code requestBody} key. */
class CodecJournalTest {
    @Test
    void aSendsRequestBodyRoundTripsAndAnEndpointEntryHasNoKeyForIt() {
        JournalEntry send = JournalEntry.builder().seq(1).method("POST").path("/v23.0/1/messages").status(200)
                .requestBody("{\"to\":\"15550104821\",\"type\":\"text\",\"text\":{\"body\":\"ünï\"}}").build();
        JournalEntry get = JournalEntry.builder().seq(2).method("GET").path("/v23.0/1").status(200).build();

        assertThat(Codec.readEntry(Codec.write(send), 1)).isEqualTo(send);
        assertThat(Codec.write(get)).doesNotContain("requestBody");
    }
}
