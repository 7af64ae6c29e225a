package dev.wamock.server.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file's writer thread on a disk that fills up: the file reads back, the counts add up. */
class JournalSinkTest {
    @TempDir
    Path dir;

    private final List<String> reports = new ArrayList<>();

    @Test
    void everyEntryIsWrittenAsAWholeLineOrCountedLostOnceWhenTheDiskFillsUp() throws IOException {
        Path path = dir.resolve("journal.jsonl");
        JournalSink sink = new JournalSink(path, new SmallDisk(path, 4_000), reports::add);

        for (int seq = 1; seq <= 300; seq++) {
            sink.accept(entry(seq));
        }
        sink.close();

        List<JournalEntry> lines = new ArrayList<>();
        for (String line : Files.readAllLines(path)) {
            lines.add(Mappers.JSON.readValue(line, JournalEntry.class));
        }
        assertThat(Files.readString(path)).endsWith("}\n");
        assertThat(lines).as("lines in the file").hasSize((int) sink.written()).isNotEmpty();
        assertThat(sink.lost()).as("lost = entries not in the file").isEqualTo(300 - lines.size()).isPositive();
        assertThat(reports).singleElement().asString().contains(path.toString(), "No space left on device");
    }

    @Test
    void anEntryThatArrivesAfterTheFileClosedIsCountedLost() throws IOException {
        Path path = dir.resolve("journal.jsonl");
        JournalSink sink = new JournalSink(path, LineFile.append(path), reports::add);
        sink.accept(entry(1));
        sink.close();

        sink.accept(entry(2));

        assertThat(sink.written()).isEqualTo(1);
        assertThat(sink.lost()).isEqualTo(1);
        assertThat(Files.readAllLines(path)).hasSize(1);
    }

    /** An entry read from JSON (every number the model has a primitive for given, unknown ones ignored). */
    private static JournalEntry entry(long seq) {
        return Mappers.JSON.readValue("{\"seq\": " + seq + ", \"receivedNanos\": 0, \"answeredNanos\": 0,"
                + " \"clockNanos\": 0, \"method\": \"GET\", \"path\": \"/v23.0/106540352242922\", \"status\": 200,"
                + " \"latencyMicros\": 0, \"outcome\": \"response\"}", JournalEntry.class);
    }
}
