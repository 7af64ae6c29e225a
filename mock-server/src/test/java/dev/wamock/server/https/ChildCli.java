package dev.wamock.server.https;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The CLI in a JVM of its own (the arguments given, {@code --port 0} unless they name a port), up to its banner's end. */
final class ChildCli implements AutoCloseable {
    private final Process process;
    private final List<String> lines;

    private ChildCli(Process process, List<String> lines) {
        this.process = process;
        this.lines = lines;
    }

    /** Starts it and reads stdout until "Ctrl-C stops it." (or the end, when it exits). */
    static ChildCli start(List<String> jvmOptions, String... args) throws IOException {
        ChildCli cli = launch(jvmOptions, args);
        BufferedReader out = new BufferedReader(new InputStreamReader(cli.process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            cli.lines.add(line);
            if (line.equals("Ctrl-C stops it.")) {
                break;
            }
        }
        return cli;
    }

    /** Starts it and returns at once (its output is discarded). */
    static ChildCli launch(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.wamock.server.cli.WamockCommand"));
        if (!List.of(args).contains("--port")) {
            command.addAll(List.of("--port", "0"));
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        return new ChildCli(builder.start(), new ArrayList<>());
    }

    boolean isAlive() {
        return process.isAlive();
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
