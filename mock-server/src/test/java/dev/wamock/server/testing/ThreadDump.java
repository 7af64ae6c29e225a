package dev.wamock.server.testing;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stacks of this JVM's threads whose names start with a prefix, for a failure message: what a request that got no
 * answer was waiting on, when the server runs in the test's JVM ({@code wamock-} names the shared Jetty server's
 * threads). Read when the message is, not before: {@code .as(() -> "…" + ThreadDump.of("wamock"))}.
 */
public final class ThreadDump {
    /** The deepest a stack is shown; a hang shows in its top frames. */
    static final int FRAMES = 25;

    private ThreadDump() {
    }

    /** Each thread named {@code prefix…}: its name, state and top {@value #FRAMES} frames, by name. */
    public static String of(String prefix) {
        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        String threads = all.entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith(prefix))
                .sorted(Comparator.comparing(e -> e.getKey().getName()))
                .map(e -> describe(e.getKey(), e.getValue()))
                .collect(Collectors.joining(System.lineSeparator()));
        return threads.isEmpty() ? "(no thread named " + prefix + "…)" : threads;
    }

    private static String describe(Thread thread, StackTraceElement[] stack) {
        StringBuilder sb = new StringBuilder("\"").append(thread.getName()).append("\" ").append(thread.getState());
        for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
            sb.append(System.lineSeparator()).append("    at ").append(stack[i]);
        }
        if (stack.length > FRAMES) {
            sb.append(System.lineSeparator()).append("    … ").append(stack.length - FRAMES).append(" more");
        }
        return sb.toString();
    }
}
