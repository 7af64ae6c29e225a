package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.WamockFailure;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.state.SessionState;
import java.time.Instant;
import java.util.List;

/**
 * The draft of one request's journal entry: what the server learns about the request while it answers it. Opened by
 * {@link JournalWriter#open} as the request arrives (kept on its exchange), filled in by the handlers (one thread at a time: the request's),
 * and turned into the entry once the request is answered ({@link JournalWriter#close}). Admin requests have none.
 */
public final class EntryDraft {
    /** The session the request acts on (the default one when it named a session that could not be had). */
    public final SessionState session;
    /** From the session journal's {@code arrive()}. */
    final long ticket;
    final long receivedNanos;
    final Instant receivedAt;
    /** The scenario clock's reading on arrival. */
    public final long clockNanos;
    /** The access token, redacted to its last characters, or null when the request carried none. */
    public String token;
    /** Where the token came from. */
    public TokenSource tokenSource;
    /** The version the request named. */
    public String version;
    /** The ID the request named: the number's, or on the list edge the account's. */
    public String numberId;
    /** The names {@code fields} gave, or null when absent. */
    public List<String> fields;
    /** The scenario's decision, or null when no scenario was asked. */
    public Decision decision;
    /** The Graph error sent, or null. */
    public GraphError error;
    /** The connection fault applied, or null. */
    public Fault fault;
    /** Set when the server stopped while this request waited: the connection was closed, nothing sent. */
    public boolean unanswered;
    /** Set when the client hung up in the middle of a slow answer. */
    public boolean hungUp;
    /** The request's body as text, or null: only the messages route reads one (its bound and redaction: at packing). */
    public String requestBody;
    /** The body sent (whole or the part a fault let through), or null when none was. */
    public byte[] body;
    /** Set when wamock itself failed while answering. */
    public WamockFailure failure;

    EntryDraft(SessionState session, long ticket, long clockNanos) {
        this.session = session;
        this.ticket = ticket;
        this.clockNanos = clockNanos;
        this.receivedNanos = System.nanoTime();
        this.receivedAt = Instant.now();
    }

    /** The request's sequence number in its session's journal. */
    public long seq() {
        return session.journal().seqOf(ticket);
    }
}
