package dev.wamock.server.testing;

import java.io.IOException;
import java.time.Duration;

/**
 * What one {@link Http#attempt} came to on the client's side: a reply or the exception the JDK client threw, when
 * the headers came ({@code null} when they never did) and when it was over. Its accessors fail the test with what
 * happened instead when asked for the other outcome.
 *
 * @param reply the answer, or {@code null} when the call failed
 * @param failure the exception, or {@code null} when the server answered
 * @param headersAfter the time from sending to the answer's headers, or {@code null}
 * @param elapsed the time from sending to the end of the answer (or of the failure)
 */
public record Attempt(Reply reply, IOException failure, Duration headersAfter, Duration elapsed) {

    /** The status; fails the test when the call failed. */
    public int status() {
        return answered().status();
    }

    /** The body; fails the test when the call failed. */
    public String body() {
        return answered().body();
    }

    /** The first value of a header, or {@code null}; fails the test when the call failed. */
    public String header(String name) {
        return answered().header(name);
    }

    /** The {@code Content-Type} in lower case, or {@code ""}; fails the test when the call failed. */
    public String contentType() {
        return answered().contentType();
    }

    /** The reply; fails the test, with the exception's chain, when the call failed. */
    public Reply answered() {
        if (reply == null) {
            throw new AssertionError("expected a response but the call failed after " + elapsed.toMillis() + " ms: "
                    + chain(failure), failure);
        }
        return reply;
    }

    /** The innermost cause of the failure (what the socket said); fails the test when the server answered. */
    public Throwable rootCause() {
        if (failure == null) {
            throw new AssertionError("expected the call to fail but it answered " + reply.status() + ": " + reply.body());
        }
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** {@code 200}, or the failure as {@code IOException > SocketException: Connection reset}. */
    public String kind() {
        if (reply != null) {
            return String.valueOf(reply.status());
        }
        Throwable root = rootCause();
        return failure.getClass().getSimpleName() + " > " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(sb.isEmpty() ? "" : " <- ").append(c.getClass().getName()).append(": ").append(c.getMessage());
        }
        return sb.toString();
    }

    /** The client's clock for one attempt: started when made, read when the headers came and at the end. */
    static final class Timing {
        private final long start = System.nanoTime();
        private volatile long headersAt = -1;

        void headersCame() {
            headersAt = System.nanoTime();
        }

        Attempt answered(Reply reply) {
            return new Attempt(reply, null, headersAfter(), Duration.ofNanos(System.nanoTime() - start));
        }

        Attempt failed(Throwable cause) {
            IOException failure = cause instanceof IOException io ? io : new IOException(cause);
            return new Attempt(null, failure, headersAfter(), Duration.ofNanos(System.nanoTime() - start));
        }

        private Duration headersAfter() {
            return headersAt < 0 ? null : Duration.ofNanos(headersAt - start);
        }
    }
}
