package dev.wamock.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The options this JVM was started with, as the java launcher saw them: the command line before the main class (or
 * {@code -jar}) plus the variables it and the JVM read ({@code JDK_JAVA_OPTIONS}, {@code JAVA_TOOL_OPTIONS},
 * {@code _JAVA_OPTIONS}). Read from {@code /proc/self/cmdline} (elsewhere through {@link ProcessHandle}), without JMX.
 */
record JvmOptions(List<String> commandLine, List<String> options) {
    /** The launcher's options whose value is the next argument (the rest take {@code =} or none). */
    private static final Set<String> WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens",
            "--patch-module", "--enable-native-access", "--source");
    private static final List<String> VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
    /** What sets the maximum heap, directly or as a share of the machine's memory. */
    private static final Pattern HEAP = Pattern.compile("-Xmx.*|-XX:(MaxHeapSize|MaxRAM|MaxRAMPercentage|MaxRAMFraction"
            + "|MinRAMPercentage|MinRAMFraction|ErgoHeapSizeLimit)=.*");
    /** What can hold options this class cannot read: argument files, flags files. */
    private static final Pattern HIDDEN = Pattern.compile("@.*|-XX:Flags=.*|-XX:VMOptionsFile=.*");

    /** This JVM's, or null when the platform does not tell its command line. */
    static JvmOptions current(Map<String, String> env) {
        List<String> arguments = procSelfCmdline();
        if (arguments == null) { // not Linux; ProcessHandle gives none for a command line over 4 kB
            arguments = ProcessHandle.current().info().arguments().map(List::of).orElse(null);
        }
        return arguments == null ? null : of(arguments, env);
    }

    /** {@code /proc/self/cmdline} less the java binary, or null when there is none. */
    private static List<String> procSelfCmdline() {
        try {
            String all = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8);
            List<String> argv = List.of(all.split("\0"));
            return argv.isEmpty() ? null : argv.subList(1, argv.size());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The options of a JVM started with {@code arguments} (its command line without the java binary). */
    static JvmOptions of(List<String> arguments, Map<String, String> env) {
        List<String> options = new ArrayList<>();
        for (String name : VARIABLES) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                options.addAll(Arrays.asList(value.strip().split("\\s+")));
            }
        }
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            boolean option = a.startsWith("-") || a.startsWith("@"); // @file: an argument file of options
            if (!option || a.equals("-jar") || a.equals("-m") || a.equals("--module")) {
                break; // the main class, jar or module: what follows is the program's
            }
            options.add(a);
            if (WITH_VALUE.contains(a)) {
                i++;
            }
        }
        return new JvmOptions(List.copyOf(arguments), List.copyOf(options));
    }

    /** True when an option caps the heap, or may (an argument or flags file this class does not read). */
    boolean capsTheHeap() {
        return options.stream().anyMatch(o -> HEAP.matcher(o).matches() || HIDDEN.matcher(o).matches());
    }

    /** True when an option names a class-data archive or sets sharing. */
    boolean setsClassSharing() {
        return options.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Xshare"));
    }
}
