package dev.wamock.server.internal.jetty;

import dev.wamock.server.internal.admin.AdminRoutes;
import dev.wamock.server.internal.errors.ProfileErrors;
import dev.wamock.server.internal.graph.AccountHandler;
import dev.wamock.server.internal.graph.PhoneNumbersHandler;
import dev.wamock.server.internal.journal.JournalReads;
import dev.wamock.server.internal.messages.Messaging;
import dev.wamock.server.internal.messages.MessagesHandler;
import dev.wamock.server.internal.journal.JournalStreams;
import dev.wamock.server.internal.journal.JournalWriter;
import dev.wamock.server.internal.state.ServerState;
import io.javalin.http.Context;
import jakarta.servlet.ServletRequest;

/**
 * The handlers of one wamock server, bound to its state: what that server's requests act on. The routes are built
 * once per JVM ({@link Routes}, in the {@link SharedJetty}) and act on no server of their own; each finds the
 * handlers of the server its request came to with {@link #of(Context)}, which the {@link MountedServer} of the
 * request's connector set on the request before the routes saw it.
 */
public final class ServerHandlers {
    private static final String ATTRIBUTE = "wamock.server-handlers";

    final ServerState state;
    final ProfileErrors errors;
    final JournalWriter journal;
    final AccountHandler account;
    final PhoneNumbersHandler phoneNumbers;
    final MessagesHandler messages;
    /** The admin API's handlers. */
    public final AdminRoutes admin;
    /** {@code GET /__wamock/journal}. */
    public final JournalReads journalReads;
    /** {@code GET /__wamock/journal/stream}. */
    public final JournalStreams journalStreams;

    ServerHandlers(ServerState state) {
        this.state = state;
        this.errors = state.errors();
        this.journal = new JournalWriter(state);
        this.account = new AccountHandler(state);
        this.phoneNumbers = new PhoneNumbersHandler(state, account);
        // WhatsApp's rules are the session state's; its webhooks the hub's, made on the session's first use
        this.messages = new MessagesHandler(account, new Messaging(dev.wamock.scenarios.engine.state.SessionState::messaging,
                session -> state.webhooks().session(session.id())));
        this.admin = new AdminRoutes(state);
        this.journalReads = new JournalReads(state.store());
        this.journalStreams = new JournalStreams(state.store());
    }

    void bind(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The server {@code ctx}'s request came to. */
    public static ServerHandlers of(Context ctx) {
        return (ServerHandlers) ctx.req().getAttribute(ATTRIBUTE);
    }
}
