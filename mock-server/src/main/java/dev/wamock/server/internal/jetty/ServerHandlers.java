package dev.wamock.server.internal;

import io.javalin.http.Context;
import jakarta.servlet.ServletRequest;

/**
 * What one wamock server's requests act on: its state and the handlers bound to it. The routes are
 * built once per JVM ({@link Routes}, in the {@link SharedJetty}); a request finds the server it came
 * to through this, which its {@link Mount} sets on the request before the routes see it.
 */
final class Served {
    private static final String ATTRIBUTE = "wamock.served";

    final ServerState state;
    final Errors errors;
    final JournalWriter journal;
    final AccountHandler account;
    final PhoneNumbersHandler phoneNumbers;
    final AdminRoutes admin;
    final JournalReads journalReads;
    final JournalStreams journalStreams;

    Served(ServerState state) {
        this.state = state;
        this.errors = state.errors();
        this.journal = new JournalWriter(state);
        this.account = new AccountHandler(state);
        this.phoneNumbers = new PhoneNumbersHandler(state, account);
        this.admin = new AdminRoutes(state);
        this.journalReads = new JournalReads(state.store());
        this.journalStreams = new JournalStreams(state.store());
    }

    void bind(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The server {@code ctx}'s request came to. */
    static Served of(Context ctx) {
        return (Served) ctx.req().getAttribute(ATTRIBUTE);
    }
}
