package dev.wamock.server.reliability;

import static dev.wamock.server.testing.RawHttp.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, break 3: a full disk under {@code --journal-file} was silent (health UP, nothing on stderr)
 * and the shutdown thread died on {@code /dev/full} (exit 143). Now the first failure is one line on
 * stderr, {@code GET /__wamock/health} shows {@code journalFile} failing with its exact lost count, and
 * the CLI exits 3. A file that fills up part-way is {@code internal.JournalLinesTest}'s.
 */
@Timeout(120)
class JournalFileOnAFullDiskTest {
    private static final Path FULL = Path.of("/dev/full"); // every write fails with ENOSPC

    @TempDir
    Path dir;

    @Test
    void aJournalFileOnAFullDiskIsReportedOnStderrAndInHealthAndTheCliExitsThree() throws Exception {
        assumeTrue(Files.isWritable(FULL), "needs a writable /dev/full (Linux)");
        try (ChildServer child = ChildServer.start(dir, "--journal-file", FULL.toString())) {
            sendTen(child.port());
            JsonNode health = awaitHealth(child.port(), h -> h.path("journalFile").path("lost").asLong() == 10);

            assertThat(health.path("status").asString()).as("the endpoint still answers").isEqualTo("UP");
            assertThat(health.path("journalFile").path("state").asString()).isEqualTo("failing");
            assertThat(health.path("journalFile").path("written").asLong()).isZero();
            assertThat(health.path("journalFile").path("path").asString()).isEqualTo(FULL.toString());
            assertThat(health.path("journalFile").path("error").asString()).contains("No space left on device");
            int exit = child.terminate(30);

            String stderr = child.stderr();
            assertThat(exit).as("exit code; stderr: %s", stderr).isEqualTo(3);
            assertThat(stderr.lines().filter(l -> l.startsWith("wamock: journal file "))).as(stderr).singleElement()
                    .asString().startsWith("wamock: journal file /dev/full: cannot write (No space left on device); ")
                    .contains(" not written");
            assertThat(stderr).contains("wamock: stopped, but 10 journal entries are missing from the journal file")
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void closeOnAFullDiskCountsEveryEntryLostAndDoesNotThrow() throws Exception {
        assumeTrue(Files.isWritable(FULL), "needs a writable /dev/full (Linux)");
        WamockServer server = WamockServer.builder().journalFile(FULL).start();
        sendTen(server.port());

        assertThatCode(server::close).doesNotThrowAnyException();
        assertThat(server.journalEntriesLost()).isEqualTo(10);
    }

    @Test
    void healthShowsAJournalFileThatTakesEveryEntryAsOk() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (WamockServer server = WamockServer.builder().journalFile(file).start();
             WamockServer noFile = WamockServer.builder().start()) {
            sendTen(server.port());
            JsonNode health = awaitHealth(server.port(), h -> h.path("journalFile").path("written").asLong() == 10);

            assertThat(health.path("journalFile").path("state").asString()).isEqualTo("ok");
            assertThat(health.path("journalFile").path("lost").asLong()).isZero();
            assertThat(health.path("journalFile").path("path").asString()).isEqualTo(file.toString());
            assertThat(health.path("journalFile").has("error")).isFalse();
            assertThat(health(noFile.port()).has("journalFile")).as("no journal file, no journalFile").isFalse();
        }
    }

    private static void sendTen(int port) throws IOException {
        try (RawConnection c = RawHttp.connect(port)) {
            for (int i = 0; i < 10; i++) {
                assertThat(c.send(RawHttp.get(ENDPOINT)).status()).isEqualTo(200);
            }
        }
    }

    /** Polls the health endpoint until {@code done} holds (10 s at most), and returns its last answer. */
    private static JsonNode awaitHealth(int port, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode health = health(port);
        while (!done.test(health) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            health = health(port);
        }
        return health;
    }

    private static JsonNode health(int port) throws IOException {
        try (RawConnection c = RawHttp.connect(port)) {
            return c.send(RawHttp.request("GET", "/__wamock/health", null)).json();
        }
    }
}
