package dev.wamock.server.internal.jetty;

import dev.wamock.server.internal.journal.EntryDraft;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.EndPoint;

/**
 * One request and its response, as the endpoint's code sees them: what it reads of the request, what it notes on it,
 * and how it answers. The endpoint (internal.graph), the journal and the error answers are written once against this;
 * a request reaches them either through Javalin ({@link JavalinExchange}: the admin API's errors and the requests
 * {@link EndpointHandler} leaves to the routes) or straight from Jetty ({@link CoreExchange}: the endpoint's own
 * requests, ahead of the servlet and Javalin). Both answer byte for byte alike. One thread at a time: the request's.
 */
public abstract class Exchange {
    private EntryDraft draft;
    private String servedVersion;
    private boolean inline;
    private Rest rest;

    /** An exchange answered on a pool thread. */
    Exchange() {
        this(false);
    }

    /** An exchange answered on the thread that read it when {@code inline} ({@link #inline()}). */
    Exchange(boolean inline) {
        this.inline = inline;
    }

    /** The request's method, as sent ({@code GET}, {@code PROPFIND}, …). */
    public abstract String method();

    /** The path as sent (still percent-encoded), a session's {@code /sessions/<id>} base taken off. */
    public abstract String path();

    /** A segment of the endpoint's path: {@code version} or {@code id}. */
    public abstract String pathParam(String name);

    /** The raw query string, or null when there is none. */
    public abstract String queryString();

    /** The first value of the query parameter {@code name}, decoded; null when absent. */
    public abstract String queryParam(String name);

    /** Every value of the query parameter {@code name}, decoded; empty when absent. */
    public abstract List<String> queryParams(String name);

    /** The first value of the request header {@code name}, or null. */
    public abstract String header(String name);

    /** Hands each request header's name to {@code visitor}, in the order they came, once (in any case), with its first value. */
    public abstract void forEachHeader(BiConsumer<String, String> visitor);

    /** The session ID a {@code /sessions/<id>} base URL named, decoded; null for another path. */
    public abstract String sessionFromPath();

    /** {@code http} or {@code https}. */
    public abstract String scheme();

    /** The host the request was addressed to, for a link when it sent no {@code Host}. */
    public abstract String serverName();

    /** The local port the request came in on. */
    public abstract int localPort();

    /** The draft of the request's journal entry, or null (the admin API, or not opened yet). */
    public final EntryDraft draft() {
        return draft;
    }

    /** Notes the draft of the request's journal entry. */
    public final void draft(EntryDraft draft) {
        this.draft = draft;
    }

    /** The version the request is served with (announced on its errors), or null before the checks found it. */
    public final String servedVersion() {
        return servedVersion;
    }

    /** Notes the version the request is served with. */
    public final void servedVersion(String version) {
        this.servedVersion = version;
    }

    /** The response's status (200 until set). */
    public abstract int status();

    /** Sets the response's status. */
    public abstract void status(int status);

    /** Whether the response's head has gone out (then its status and headers can no longer change). */
    public abstract boolean committed();

    /** Sets the response header {@code name} to {@code value}, in place of any it had. */
    public abstract void header(String name, String value);

    /** Removes the response header {@code name}. */
    public abstract void removeHeader(String name);

    /** Sets the response's content type (a servlet's {@code setContentType}). */
    public abstract void contentType(String type);

    /** Sets the response's {@code Content-Length}, for an answer written to {@link #output()}. */
    public abstract void contentLength(int length);

    /** The response's headers as Jetty will send them, in order; appended to by the 200's fixed headers. */
    public abstract HttpFields.Mutable responseHeaders();

    /** The body to send once the request is handled (and journaled). */
    public abstract void result(byte[] body);

    /** The response's stream, written at once: for an answer that goes out in parts or is cut short. */
    public abstract OutputStream output() throws IOException;

    /** The connection, for faults that break it. */
    public abstract EndPoint endPoint();

    /** Runs {@code done} once the response has gone out or failed (not when the handlers return). */
    public abstract void onComplete(Runnable done);

    /**
     * Whether this request is answered on the thread that read it, which must never wait ({@link InlineGate}): then
     * an answer that waits or breaks the connection (a delay, a fault, a slow body) goes on with {@link #onPool}.
     */
    public final boolean inline() {
        return inline;
    }

    /**
     * Has the rest of the answer run on a thread of the pool, where it may wait: {@code rest} runs once the handlers
     * return, then the journal entry is written and the answer finished, as for any request. Only when {@link #inline()}.
     */
    public final void onPool(Rest rest) {
        if (!inline) {
            throw new IllegalStateException("only a request answered inline moves to the pool");
        }
        this.rest = rest;
    }

    /** Whether {@link #onPool} moved the rest of the answer: the handlers returned without answering. */
    final boolean moved() {
        return rest != null;
    }

    /** The rest of the answer that {@link #onPool} moved (null when none), taken: the exchange is no longer inline. */
    final Rest takeRest() {
        Rest taken = rest;
        rest = null;
        inline = false;
        return taken;
    }

    /** The rest of an answer, moved to the pool ({@link #onPool}). */
    @FunctionalInterface
    public interface Rest {
        /** Answers, as the handler would have. */
        void run() throws IOException;
    }
}
