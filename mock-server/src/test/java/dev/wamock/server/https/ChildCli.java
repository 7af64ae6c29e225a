package dev.wamock.server.https;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The CLI in a JVM of its own ({@code --port 0} and the arguments given), up to the end of its banner. */
final class ChildCli implements AutoCloseable {
    private final Process process;
    private final List<String> lines;

    private ChildCli(Process process, List<String> lines) {
        this.process = process;
        this.lines = lines;
    }

    /** Starts it and reads stdout until "Ctrl-C stops it." (or the end, when it exits). */
    static ChildCli start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.wamock.server.cli.WamockCommand", "--port", "0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            if (line.equals("Ctrl-C stops it.")) {
                break;
            }
        }
        return new ChildCli(process, lines);
    }

    /** What it printed up to the end of the banner. */
    List<String> lines() {
        return lines;
    }

    /** The first printed line that starts with {@code prefix}. */
    String line(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in " + lines));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
