package dev.wamock.server.internal;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;

/** Sorts the exceptions a handler can meet that are the client's doing, not wamock's. */
final class Failures {
    private Failures() {
    }

    /** The client closed or reset the connection while its request was read or answered. */
    static boolean clientHungUp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /** Jetty's verdict on a malformed or too slow request (400, 408, 413, …), if that is what {@code e} is. */
    static BadMessageException badMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException bad) {
                return bad;
            }
        }
        return null;
    }
}
