package dev.wamock.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-client suite: every attack, one after the other, each against its own server on 127.0.0.1 and
 * bounded in count and time, while a normal client measures its latency. An attack held when every check of
 * its own held (a whole 200 for every normal request, an exact journal, nothing logged, …) and the normal
 * client's p99 stayed within {@link Latency#limit}. Prints the table (also written to
 * {@code target/hostile-attacks.md}) and fails if any attack broke the server. Stress only: p99 is a time.
 */
@Tag("stress")
@Tag("hostile")
@Timeout(900)
class HostileSuiteTest {
    static final Path REPORT = Path.of("target", "hostile-attacks.md");

    @TempDir
    Path dir;

    List<Attack> attacks() {
        Duration two = Duration.ofMinutes(2);
        return List.of(
                new Attack("half the headers, then hang up",
                        HangUpAttacks.HALF_HEADERS_PER_SECOND + " connections a second for 3 s", two,
                        HangUpAttacks::halfHeaders),
                new Attack("hang up in the middle of a slow answer", "100 clients, 10 at a time, 300 ms apart", two,
                        HangUpAttacks::midSlowAnswer),
                new Attack("hang up on slow answers, back to back (bug 8)", "20 clients, ≤ 60 s", two,
                        HangUpAttacks::backToBack),
                new Attack("slowloris: headers trickled", "400 connections, 4 bytes/s each, 6 s", two,
                        TrickleAttacks::slowloris),
                new Attack("slow bodies: admin trickled, GET never sent", "150 + 150 connections, 5 s", two,
                        TrickleAttacks::slowBodies),
                new Attack("admin bodies held open (bug 7)", "300 connections, 3 s", two,
                        TrickleAttacks::slowAdminBodies),
                new Attack("malformed requests",
                        RequestAttacks.MALFORMED.size() + " kinds × " + RequestAttacks.MALFORMED_TIMES, two,
                        RequestAttacks::malformed),
                new Attack("pipelining", "20 connections × 50 requests in one write", two, RequestAttacks::pipelined),
                new Attack("admin API hammered", "8 threads × 100 calls", two, RequestAttacks::adminHammering),
                new Attack("idle keep-alive connections", "2 000 connections, closed after 30 s idle",
                        Duration.ofMinutes(3), IdleConnections::attack),
                new Attack("storm while the server starts", Storm.THREADS + " threads, ≤ 30 s", two,
                        () -> StormAttacks.whileStarting(dir)),
                new Attack("storm while the server closes", Storm.THREADS + " threads, ≤ 30 s", two,
                        () -> StormAttacks.whileClosing(dir)));
    }

    @Test
    void everyAttackHoldsAndANormalClientStaysWithinItsUsualLatency() throws Exception {
        List<Attack.Verdict> verdicts = new ArrayList<>();
        for (Attack attack : attacks()) {
            verdicts.add(attack.judge());
        }

        String table = table(verdicts);
        System.out.println("\n" + table);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, table);
        assertThat(verdicts).as("attacks that broke the server\n%s", table)
                .allSatisfy(v -> assertThat(v.broke()).as(v.attack().name()).isNull());
    }

    static String table(List<Attack.Verdict> verdicts) {
        StringBuilder out = new StringBuilder("Hostile clients against wamock on 127.0.0.1 (normal client: a GET on a"
                + " fresh connection every 5 ms; limit = max(50 ms, 10 × p99 before, 3 × the idle control's p99))\n\n"
                + "| attack | bounds | requests | result | normal client p99 during | p99 before | idle control p99"
                + " | took |\n|---|---|---|---|---|---|---|---|\n");
        verdicts.forEach(v -> out.append(v.row()).append('\n'));
        long held = verdicts.stream().filter(Attack.Verdict::held).count();
        return out.append('\n').append(held).append(" of ").append(verdicts.size()).append(" attacks held").append('\n')
                .toString();
    }
}
