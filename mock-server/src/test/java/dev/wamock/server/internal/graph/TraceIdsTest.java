package dev.wamock.server.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceIdsTest {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** Six random bits a character, ten characters from each random long: every position draws from all 64. */
    @Test
    void idsAre23CharactersStartingWithAAndEveryPositionTakesEveryCharacter() {
        @SuppressWarnings("unchecked")
        Set<Character>[] seen = new Set[23];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = new HashSet<>();
        }
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < 5_000; n++) {
            String id = n % 2 == 0 ? TraceIds.traceId() : TraceIds.requestId();
            assertThat(id).hasSize(23).startsWith("A");
            for (int i = 0; i < id.length(); i++) {
                assertThat(ALPHABET).contains(String.valueOf(id.charAt(i)));
                seen[i].add(id.charAt(i));
            }
            ids.add(id);
        }
        assertThat(ids).hasSize(5_000);
        for (int i = 1; i < seen.length; i++) {
            assertThat(seen[i]).as("position %d", i).hasSize(64);
        }
    }
}
