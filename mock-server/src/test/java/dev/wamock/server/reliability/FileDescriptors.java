package dev.wamock.server.reliability;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The soft limit on open files of this JVM, read from /proc, and what a test does when it is too low. */
final class FileDescriptors {
    private FileDescriptors() {
    }

    /** The soft {@code ulimit -n} of this process, or -1 where /proc does not tell. */
    static long softLimit() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /**
     * Needs {@code needed} descriptors. Below that: fails when {@code CI=true} (CI must raise the limit), else
     * says so loudly on stderr and skips. A JVM cannot raise its own soft limit.
     */
    static void require(long needed, String why) {
        long limit = softLimit();
        if (limit < 0 || limit >= needed) {
            return;
        }
        String message = "ulimit -n is " + limit + " (soft) but this test needs at least " + needed + " open files: "
                + why + ". Raise it before the build: `ulimit -n 65536` (CI: in .ci/run, before mvn).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        System.err.println("\n" + "!".repeat(100) + "\n!!! SKIPPED: " + message + "\n" + "!".repeat(100) + "\n");
        Assumptions.abort(message);
    }
}
