package dev.wamock.server.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file on a disk that fills up ({@link SmallDisk}): whole lines only, every entry counted once. */
class JournalLinesTest {
    private static final int LINE = line(1).length(); // every test line has this length, newline included

    @TempDir
    Path dir;

    private final List<String> reports = new ArrayList<>();
    private Path path;
    private SmallDisk disk;
    private JournalLines lines;

    private void diskOf(long bytes) throws IOException {
        path = dir.resolve("journal.jsonl");
        disk = new SmallDisk(path, bytes);
        lines = new JournalLines(path, disk, reports::add);
    }

    @AfterEach
    void close() {
        if (lines != null) {
            lines.close();
        }
    }

    @Test
    void aWriteThatFailsPartWayIsCutBackToItsLastWholeLineAndCountsEachEntryOnce() throws IOException {
        diskOf(LINE * 2 + LINE / 2);

        lines.append(entries(1, 5));

        assertThat(seqsIn(path)).containsExactly(1L, 2L);
        assertThat(Files.readString(path)).endsWith("}\n");
        assertThat(lines.written()).isEqualTo(2);
        assertThat(lines.lost()).as("entries not written, the two that made it not counted").isEqualTo(3);
    }

    @Test
    void laterLinesStartOnALineOfTheirOwnOnceThereIsRoomAgain() throws IOException {
        diskOf(LINE * 2 + LINE / 2);
        lines.append(entries(1, 5));
        lines.append(entries(6, 7)); // half a line of room: cut back again

        disk.room(1_000_000);
        lines.append(entries(8, 10));

        assertThat(seqsIn(path)).containsExactly(1L, 2L, 8L, 9L, 10L);
        assertThat(lines.written()).isEqualTo(5);
        assertThat(lines.lost()).isEqualTo(5);
    }

    @Test
    void theFirstFailureIsReportedInOneLineAndLaterOnesAreOnlyCounted() throws IOException {
        diskOf(0);

        lines.append(entries(1, 3));
        lines.append(entries(4, 4));
        lines.append(entries(5, 9));

        assertThat(reports).singleElement().asString().startsWith("wamock: journal file " + path + ": ")
                .contains("No space left on device", "3 entries not written", "whole lines only",
                        "GET /__wamock/health (journalFile.lost)", "exit 3")
                .doesNotContain("\n");
        assertThat(lines.lost()).isEqualTo(9);
    }

    @Test
    void healthSaysFailingWhileWritesFailAndOkAgainOnceTheySucceedKeepingTheLostCount() throws IOException {
        diskOf(LINE);
        lines.append(entries(1, 2));

        assertThat(lines.health()).containsEntry("state", "failing").containsEntry("written", 1L)
                .containsEntry("lost", 1L).containsEntry("path", path.toString())
                .containsEntry("error", "cannot write (No space left on device)");

        disk.room(1_000_000);
        lines.append(entries(3, 3));

        assertThat(lines.health()).containsEntry("state", "ok").containsEntry("written", 2L).containsEntry("lost", 1L)
                .doesNotContainKey("error");
    }

    @Test
    void aPartLineThatCannotBeCutOffEndsTheFileAndEveryLaterEntryIsCountedLost() throws IOException {
        diskOf(LINE * 2 + LINE / 2);
        disk.truncateFails = true;
        lines.append(entries(1, 5));
        String torn = Files.readString(path);

        disk.room(1_000_000);
        lines.append(entries(6, 8));

        assertThat(Files.readString(path)).as("nothing glued onto the part line").isEqualTo(torn);
        assertThat(lines.written()).isEqualTo(2);
        assertThat(lines.lost()).isEqualTo(6);
        assertThat(reports).hasSize(2).anySatisfy(r -> assertThat(r).contains("cannot cut off the part line",
                "Input/output error", "nothing more is appended"));
    }

    @Test
    void anEntryThatCannotBeWrittenAsJsonIsCountedLostAndTheOthersAreWritten() throws IOException {
        diskOf(1_000_000);
        List<Object> batch = new ArrayList<>(entries(1, 2));
        batch.add(new NoJson());
        batch.addAll(entries(3, 3));

        lines.append(batch);

        assertThat(seqsIn(path)).containsExactly(1L, 2L, 3L);
        assertThat(lines.lost()).isEqualTo(1);
        assertThat(reports).singleElement().asString().contains("cannot write an entry as JSON", "no JSON for this");
    }

    @Test
    void aFileThatCannotBeFlushedOnCloseIsReportedNotThrown() throws IOException {
        diskOf(1_000_000);
        lines.append(entries(1, 2));
        disk.forceFails = true;

        assertThatCode(lines::close).doesNotThrowAnyException();
        assertThat(reports).singleElement().asString().contains("cannot flush", "Input/output error");
        assertThat(lines.health()).containsEntry("state", "failing");
        lines = null;
    }

    /** Entries whose JSON lines all have the same length. */
    private static List<Map<String, Object>> entries(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(JournalLinesTest::entry).toList();
    }

    private static Map<String, Object> entry(long seq) {
        return Map.of("seq", 100 + seq, "path", "/v23.0/106540352242922");
    }

    private static String line(long seq) {
        return Mappers.JSON.writeValueAsString(entry(seq)) + "\n";
    }

    /** The seqs of the file's lines; fails unless every line is a whole JSON object. */
    static List<Long> seqsIn(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("file ends with a whole line").matches("(?s)(.*\n)?");
        return text.lines().map(l -> Mappers.JSON.readTree(l).path("seq").asLong() - 100).toList();
    }

    /** An object Jackson cannot write. */
    static final class NoJson {
        public String getValue() {
            throw new IllegalStateException("no JSON for this");
        }
    }
}
