package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.engine.state.JournalStore;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.jetty.Routes;
import dev.wamock.server.internal.state.InFlight;
import dev.wamock.server.internal.state.ServerState;
import dev.wamock.server.internal.state.Sessions;

/** Opens an {@link EntryDraft} when a request arrives and turns it into a journal entry once answered. */
public final class JournalWriter {
    /** The most of a response body (and of a request body) the journal keeps, in characters. */
    static final int MAX_BODY_CHARS = 65_536;

    private final StateStore store;
    private final JournalSink sink;
    private final InFlight inFlight;
    private final Profile profile;

    /** The journal writer of the server whose state is {@code state}. */
    public JournalWriter(ServerState state) {
        this.store = state.store();
        this.sink = state.sink();
        this.inFlight = state.inFlight();
        this.profile = state.options().profile().profile();
    }

    /** Before the routes: opens the request's draft (none for the admin API) and counts it in flight. */
    public void open(Exchange x) {
        if (!x.path().startsWith(Routes.ADMIN_PREFIX)) {
            inFlight.enter();
            // done when the response has gone out (or failed), not when the handlers return: close() waits for it
            x.onComplete(inFlight::leave);
            SessionState session;
            RuntimeException rejected = null;
            try {
                session = Sessions.of(Sessions.idOf(x.sessionFromPath(), x::header, x::queryParam), store);
            } catch (GraphErrorException | StateUnavailableException e) {
                session = store.session(StateStore.DEFAULT_SESSION); // journaled there, with the error it got
                rejected = e;
            }
            x.draft(new EntryDraft(session, session.journal().arrive(), session.clock().nanos()));
            if (rejected != null) {
                throw rejected;
            }
        }
    }

    /**
     * After the routes: packs the draft into the entry and lands it in the session's journal (the ring, straight in
     * its packed form) and the file.
     */
    public void close(Exchange exchange) {
        EntryDraft x = exchange.draft();
        if (x == null) {
            return;
        }
        PackedEntry packed = DraftPacking.pack(exchange, x, profile);
        JournalStore journal = x.session.journal();
        JournalEntry entry = sink == null && journal instanceof JournalRecorder ? null : packed.unpack(x.seq());
        if (sink != null) {
            sink.accept(entry);
        }
        if (journal instanceof JournalRecorder ring) {
            ring.record(packed);
        } else {
            journal.record(x.ticket, entry);
        }
    }
}
