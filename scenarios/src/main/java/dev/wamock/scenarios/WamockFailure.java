package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A failure inside wamock itself while it answered a request: a wamock bug, never a Graph answer.
 * The journal entry carries it, and the JUnit extension fails the test with it as the cause.
 *
 * @param type       the exception's class name
 * @param message    its message, or null
 * @param stackTrace its stack trace as text (cause chain included), bounded
 */
public record WamockFailure(@JsonProperty("type") String type, @JsonProperty("message") String message,
                            @JsonProperty("stackTrace") String stackTrace) {
    private static final int MAX_STACK_CHARS = 16_384;

    /** The failure of {@code t}, its stack trace cut to 16 KiB. */
    public static WamockFailure of(Throwable t) {
        java.io.StringWriter text = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(text));
        String stack = text.toString();
        return new WamockFailure(t.getClass().getName(), t.getMessage(),
                stack.length() <= MAX_STACK_CHARS ? stack : stack.substring(0, MAX_STACK_CHARS) + "\n\t…");
    }

    /** {@code type: message}. */
    public String describe() {
        return message == null ? type : type + ": " + message;
    }
}
