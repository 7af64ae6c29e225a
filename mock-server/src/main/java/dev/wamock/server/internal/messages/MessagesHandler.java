package dev.wamock.server.internal.messages;

import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.When;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.graph.AccountHandler;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.journal.EntryDraft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code POST /{Version}/{Phone-Number-ID}/messages}: token, version and number as on the endpoint
 * ({@link AccountHandler#admit}, {@link AccountHandler#lookup}); then the body ({@link SendValidation}); then the
 * session's scenario (a step with {@code when.route: messages} may answer, delay or break the send); then WhatsApp's
 * rules ({@link Messaging}): a refusal is answered as its error, an accepted send with a message ID, which the
 * session's {@code MessageEvents} hear of. A mark-as-read (with or without the typing indicator) is answered
 * {@code {"success":true}} and asks no rules.
 */
public final class MessagesHandler {
    private final AccountHandler account;
    private final Messaging messaging;

    /** The route of a server whose endpoint is {@code account}, asking {@code messaging} about each send. */
    public MessagesHandler(AccountHandler account, Messaging messaging) {
        this.account = account;
        this.messaging = messaging;
    }

    /** Answers one send whose body, {@code body}, came with {@code contentType}. */
    public void handle(Exchange ctx, String contentType, byte[] body) throws IOException {
        if (body != null && body.length > 0 && ctx.draft() != null) {
            ctx.draft().requestBody = new String(body, StandardCharsets.UTF_8); // journaled whatever the answer
        }
        AccountHandler.Admitted request = account.admit(ctx);
        EntryDraft draft = request.draft();
        AccountNumber number = account.lookup(request.id());
        SendValidation.Send send = SendValidation.check(contentType, body);
        RequestFacts facts = new RequestFacts(request.id(), request.version(), List.of(), request.token(),
                number.wabaId(), When.MESSAGES_ROUTE);
        if (send.markAsRead()) {
            account.respond(ctx, request, facts, (change, extra) -> SendAnswer.markedAsRead());
            return;
        }
        String to = send.body().path("to").asString();
        OutgoingMessage message = new OutgoingMessage(request.id(), to, send.type(), send.body());
        account.respond(ctx, request, facts, (change, extra) -> accept(message, draft));
    }

    /** Asks the session's rules about {@code message}: the answer with its ID, or the refusal thrown. */
    private byte[] accept(OutgoingMessage message, EntryDraft draft) {
        SendVerdict verdict = messaging.rules(draft.session).check(message, draft.clockNanos);
        if (!verdict.accepted()) {
            throw new GraphErrorException(verdict.httpStatus(), verdict.refusal());
        }
        String waId = Wamids.waId(message.to());
        String wamid = Wamids.next(waId);
        messaging.events(draft.session).accepted(message, wamid, verdict, draft.clockNanos);
        return SendAnswer.sent(message, waId, wamid);
    }
}
