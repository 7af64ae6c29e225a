package bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Times every test from "started" to "finished" as the launcher reports them: that span holds the
 * extension's before/after-each callbacks, so the server's start and stop are inside it. Writes one
 * line per test ({@code test<TAB>index<TAB>nanos<TAB>status}) and one {@code plan} line to {@code bench.out}.
 */
public final class TimingListener implements TestExecutionListener {
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private long planStart;
    private long firstStart;
    private long lastFinish;
    private int index;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        planStart = System.nanoTime();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            long now = System.nanoTime();
            if (firstStart == 0) {
                firstStart = now;
            }
            started.put(id.getUniqueId(), now);
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
            long now = System.nanoTime();
            lastFinish = now;
            lines.add("test\t" + (++index) + "\t" + (now - started.remove(id.getUniqueId())) + "\t" + result.getStatus());
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        String out = System.getProperty("bench.out");
        if (out == null || index == 0) {
            return;
        }
        lines.add("tests_wall\t0\t" + (lastFinish - firstStart) + "\tOK");
        lines.add("plan\t0\t" + (System.nanoTime() - planStart) + "\tOK");
        try {
            Files.write(Path.of(out), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
