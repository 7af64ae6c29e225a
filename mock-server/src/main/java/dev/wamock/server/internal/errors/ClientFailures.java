package dev.wamock.server.internal.errors;

import java.nio.channels.ClosedChannelException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Sorts the exceptions a handler can meet that are the client's doing, not wamock's: a client that hung up (nobody to
 * answer) or a request Jetty refused (answered as a Graph-shaped 4xx). What is neither is wamock's own failure
 * ({@link InternalErrors}).
 */
public final class ClientFailures {
    private ClientFailures() {
    }

    /** The client closed or reset the connection while its request was read or answered. */
    public static boolean clientHungUp(Throwable e) {
        return cause(e, EofException.class) != null || cause(e, ClosedChannelException.class) != null;
    }

    /**
     * Jetty's verdict on a malformed or too slow request (400, 408, 413, …), if that is what {@code e} is: any
     * {@link HttpException}, which Jetty 12.1's deprecated {@code BadMessageException} is one of.
     */
    public static HttpException badMessage(Throwable e) {
        return cause(e, HttpException.class);
    }

    /** {@code e} or the first of its causes that is a {@code type}, or null. */
    private static <T> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
