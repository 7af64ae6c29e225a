package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.SlowBody;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.journal.EntryDraft;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;

/**
 * Sends an answer through a step's effects: the delay, then a fault or a slow body, or a plain write.
 * Connection faults act on the socket itself (RST via SO_LINGER 0, close without a response, a body
 * shorter than its Content-Length, a stall until the client gives up).
 */
final class ChaosResponder {
    /** How long a stall holds a request at most (before the delay scale). */
    static final Duration STALL_CAP = Duration.ofSeconds(30);
    private static final long WATCH_STEP_NANOS = 20_000_000;
    private static final String PROXY_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private final java.util.function.BooleanSupplier stopping;

    ChaosResponder(java.util.function.BooleanSupplier stopping) {
        this.stopping = stopping;
    }

    /**
     * Answers {@code status}/{@code body} (headers already set) as {@code decision}'s effects say. When the
     * server stops while the answer waits (its thread is interrupted), closes the connection unanswered.
     */
    void send(Exchange ctx, int status, byte[] body, Decision decision, EntryDraft draft) throws IOException {
        if (ctx.inline() && waits(decision, draft)) {
            ctx.onPool(() -> send(ctx, status, body, decision, draft)); // the reading thread must not wait
            return;
        }
        try {
            answer(ctx, status, body, decision, draft);
        } catch (Stopped e) {
            draft.unanswered = true;
            draft.error = null;
            Connections.close(ctx);
            Thread.currentThread().interrupt();
        }
    }

    /** Whether answering as {@code decision} says may wait or act on the connection: anything but a plain write. */
    private static boolean waits(Decision decision, EntryDraft draft) {
        Duration delay = draft.session.clock().scaled(decision.delay());
        return decision.fault() != null || decision.slowBody() != null || !(delay.isZero() || delay.isNegative());
    }

    private void answer(Exchange ctx, int status, byte[] body, Decision decision, EntryDraft draft) throws IOException {
        sleep(draft.session.clock().scaled(decision.delay()));
        Fault fault = decision.fault();
        if (fault != null) {
            draft.fault = fault;
            if (fault != Fault.TRUNCATED && fault != Fault.MALFORMED_JSON && fault != Fault.TEXT_PLAIN) {
                draft.error = null; // the client got no Graph error body, so the journal shows none
            }
        }
        if (fault == null) {
            write(ctx, status, body, decision.slowBody(), draft);
            return;
        }
        switch (fault) {
            case RESET -> Connections.reset(ctx);
            case NO_RESPONSE -> Connections.close(ctx);
            case STALL -> stall(ctx, draft);
            case TRUNCATED -> {
                ctx.contentLength(body.length);
                ctx.status(status);
                draft.body = Arrays.copyOf(body, body.length / 2);
                OutputStream out = ctx.output();
                out.write(body, 0, body.length / 2);
                out.flush();
                Connections.close(ctx);
            }
            case MALFORMED_JSON -> write(ctx, status, Arrays.copyOf(body, Math.max(1, body.length / 2)),
                    decision.slowBody(), draft);
            case HTML_502 -> {
                ctx.contentType("text/html; charset=utf-8");
                write(ctx, 502, PROXY_502.getBytes(java.nio.charset.StandardCharsets.UTF_8), decision.slowBody(), draft);
            }
            case EMPTY_200 -> write(ctx, 200, new byte[0], null, draft);
            case TEXT_PLAIN -> {
                ctx.contentType("text/plain; charset=utf-8");
                write(ctx, status, body, decision.slowBody(), draft);
            }
        }
    }

    private void write(Exchange ctx, int status, byte[] body, SlowBody slow, EntryDraft draft) throws IOException {
        ctx.status(status);
        draft.body = body;
        if (slow == null || body.length == 0) {
            ctx.result(body);
            return;
        }
        ctx.header("Connection", "close"); // the pauses read the socket to notice a client that hangs up
        ctx.contentLength(body.length);
        OutputStream out = ctx.output();
        Duration pause = draft.session.clock().scaled(slow.over().dividedBy(slow.chunks() - 1));
        for (int i = 0; i < slow.chunks(); i++) {
            int from = (int) ((long) body.length * i / slow.chunks());
            int to = (int) ((long) body.length * (i + 1) / slow.chunks());
            out.write(body, from, to - from);
            out.flush();
            if (i < slow.chunks() - 1 && !waitWhileConnected(ctx, pause, false)) {
                Connections.close(ctx); // the client hung up: its thread is free at once, not at the next piece
                draft.hungUp = true;
                return;
            }
        }
    }

    /** Holds the request, unanswered, until the client closes the connection, the cap passes or the server stops. */
    private void stall(Exchange ctx, EntryDraft draft) {
        waitWhileConnected(ctx, draft.session.clock().scaled(STALL_CAP), true);
        Connections.close(ctx);
    }

    /** Waits {@code d} (already scaled) in short steps; false as soon as the client is gone (or the server stops). */
    private boolean waitWhileConnected(Exchange ctx, Duration d, boolean endOnStop) {
        long deadline = System.nanoTime() + d.toNanos();
        for (long left = d.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            if ((endOnStop && stopping.getAsBoolean()) || Connections.clientGone(ctx)) {
                return false;
            }
            pause(Math.min(left, WATCH_STEP_NANOS));
        }
        return true;
    }

    private static void sleep(Duration scaled) {
        if (scaled.isZero() || scaled.isNegative()) {
            return;
        }
        pause(scaled.toNanos());
    }

    private static void pause(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            throw new Stopped(); // close() interrupts the threads still answering when the drain timed out
        }
    }

    /** The server stopped while an answer waited. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }
}
