package dev.wamock.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedEntryTest {

    @Test
    void aFullEntryUnpacksEqualToWhatWasPacked() {
        JournalEntry entry = new JournalEntry(7, Instant.parse("2026-11-25T10:15:30.123456789Z"), 123_456_789L, "GET",
                "/v23.0/106540352242922", "fields=id,status&access_token=…Zq9x", Map.of("Authorization", "Bearer …k3Zq",
                "User-Agent", "client/1.0 (ünïcode)", "Accept", ""), "…k3Zq", "header", "v23.0", "106540352242922",
                List.of("id", "status", ""), "transient-then-ok", 0, "error server-error × 2", 500, 2, null, true, 1_234,
                "response", Map.of("x-app-usage", "{\"call_count\":1}"), List.of("delay 100ms", "fault reset"));

        assertThat(PackedEntry.of(entry, entry.seq()).unpack()).isEqualTo(entry);
    }

    @Test
    void nullsStayNullAndEmptiesStayEmpty() {
        JournalEntry entry = new JournalEntry(1, null, 0, "TRACE", "/", null, Map.of(), null, null, null, null, List.of(),
                null, null, null, 0, null, -1, false, 0, "cut-off", Map.of());

        JournalEntry unpacked = PackedEntry.of(entry, entry.seq()).unpack();

        assertThat(unpacked).isEqualTo(entry);
        assertThat(unpacked.fields()).isEmpty();
        JournalEntry noFields = new JournalEntry(2, null, 0, "GET", "/", "", Map.of(), null, null, null, null, null,
                null, null, null, 200, null, null, null, 0, "response", Map.of());
        assertThat(PackedEntry.of(noFields, noFields.seq()).unpack().fields()).isNull();
        assertThat(PackedEntry.of(noFields, noFields.seq()).unpack().query()).isEmpty();
    }
}
