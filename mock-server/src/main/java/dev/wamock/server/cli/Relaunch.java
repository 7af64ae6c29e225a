package dev.wamock.server.cli;

import dev.wamock.scenarios.ServerSetting;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JVM started with no heap cap (plain {@code java -jar wamock-server.jar}) takes a quarter of the machine's memory
 * as its maximum heap, and G1 grows into it under load (hundreds of MB for a few MB of live data). A cap can only be
 * set as a JVM starts, so such a start runs the server in a child JVM with a heap cap ({@link #maxHeapMb}) and the
 * class-data archive beside the jar, as the README's command has, and the JVM's own choice of collector (G1 on a
 * server-class machine: a lower p99 under load than Serial, for about the same memory under the cap). The child
 * inherits stdin, stdout, stderr, the environment and the working directory; this JVM waits for it and exits with
 * its exit code; a SIGTERM or SIGINT here stops the child first (its shutdown drains and flushes as ever); the child
 * stops itself should this JVM die ({@link ParentWatch}). {@code -Dwamock.relaunch=false} or
 * {@code WAMOCK_RELAUNCH=false} keeps the server in this JVM; so does any heap option ({@code -Xmx},
 * {@code -XX:MaxRAMPercentage}, …), {@code --help}, {@code --version}, the {@code scenarios} listing, and an option
 * the server does not know (its usage error comes at once).
 */
final class Relaunch {
    /** The system property and the variable ({@code WAMOCK_RELAUNCH}) that, {@code false}, turn the relaunch off. */
    static final String SWITCH = "wamock.relaunch";
    static final String SWITCH_VARIABLE = "WAMOCK_RELAUNCH";
    /**
     * The child's maximum heap in MB with the default journal: a default server's live data is about 8 MB, its
     * journal of 10 000 entries about 6 MB more (0.56 kB an entry of an endpoint answer, measured; a scenario's entries
     * with longer texts take more); the rest is room for the garbage of the
     * requests between collections (192 MB: about 350 MB RSS for both JVMs after 1 M requests).
     */
    static final int MAX_HEAP_MB = 192;
    /** What the child's heap grows by for each journal entry kept beyond the default 10 000 (more than one takes). */
    private static final int KB_PER_EXTRA_ENTRY = 2;
    private static final int DEFAULT_JOURNAL = 10_000;
    private static final Set<String> SERVER_FLAGS = Arrays.stream(ServerSetting.values()).map(ServerSetting::flag)
            .collect(Collectors.toUnmodifiableSet());

    private Relaunch() {
    }

    /** {@link #childCommand(JvmOptions, Map, String...)} for this JVM, started with its environment. */
    static List<String> childCommand(String... args) {
        Map<String, String> env = System.getenv();
        return childCommand(JvmOptions.current(env), env, args);
    }

    /** The child's command line, or null to run the server in this JVM. */
    static List<String> childCommand(JvmOptions jvm, Map<String, String> env, String... args) {
        if (jvm == null || jvm.capsTheHeap() || switchedOff(System.getProperty(SWITCH))
                || switchedOff(env.get(SWITCH_VARIABLE)) || System.getProperty(ParentWatch.PARENT) != null
                || !serverArguments(args)) {
            return null;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeapMb(env, args) + "m");
        Path archive = archive(System.getProperty("java.class.path", ""));
        if (archive != null && !jvm.setsClassSharing()) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-D" + ParentWatch.PARENT + "=" + ProcessHandle.current().pid());
        command.addAll(jvm.commandLine()); // the user's own options come later, so they win
        return command;
    }

    /** Starts the child, waits for it, and returns its exit code; signals to this JVM stop it first. */
    static int run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (java.io.IOException e) {
            System.err.println("wamock: could not start the server's JVM (" + e.getMessage() + "); start it with -Xmx"
                    + MAX_HEAP_MB + "m or -D" + SWITCH + "=false to run it in this one");
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy(); // SIGTERM: the child drains, flushes its journal file and says whether anything was lost
            int exit = waitFor(child);
            Runtime.getRuntime().halt(exit); // its exit code, not this JVM's 128+signal
        }, "wamock-stop-child"));
        return waitFor(child);
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: this JVM's exit code is the child's
            }
        }
    }

    /** {@link #MAX_HEAP_MB}, plus room for a {@code --journal-capacity} (or its variable) above the default. */
    static int maxHeapMb(Map<String, String> env, String... args) {
        String capacity = env.get(ServerSetting.JOURNAL_CAPACITY.env());
        for (int i = 0; i < args.length; i++) {
            String flag = ServerSetting.JOURNAL_CAPACITY.flag();
            if (args[i].startsWith(flag + "=")) {
                capacity = args[i].substring(flag.length() + 1);
            } else if (args[i].equals(flag) && i + 1 < args.length) {
                capacity = args[i + 1];
            }
        }
        long entries;
        try {
            entries = capacity == null ? DEFAULT_JOURNAL : Long.parseLong(capacity.strip());
        } catch (NumberFormatException e) {
            entries = DEFAULT_JOURNAL; // the server says what is wrong with it
        }
        long extraMb = Math.max(0, entries - DEFAULT_JOURNAL) * KB_PER_EXTRA_ENTRY / 1024;
        return (int) Math.min(Integer.MAX_VALUE, MAX_HEAP_MB + extraMb);
    }

    /** Every argument is a server option or a value of one: no help, version, subcommand or unknown option. */
    static boolean serverArguments(String... args) {
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals("scenarios") || arg.startsWith("-") && !SERVER_FLAGS.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** {@code wamock-server.jsa} beside a class path that is one {@code .jar}, when it exists. */
    private static Path archive(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return null;
        }
        Path archive = Path.of(classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa");
        return Files.isRegularFile(archive) ? archive : null;
    }

    private static boolean switchedOff(String value) {
        return value != null && value.strip().equalsIgnoreCase("false");
    }
}
