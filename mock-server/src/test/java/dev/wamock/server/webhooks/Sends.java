package dev.wamock.server.webhooks;

import static dev.wamock.server.testing.Http.NUMBER;

import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookHubAccess;
import dev.wamock.server.testing.ServerClock;

/** Sends as the messages route hands them to the webhooks (it is built elsewhere): a message, a wamid and a verdict. */
final class Sends {
    static final String USER = "16505551234";
    /** As WhatsApp's error catalogue makes it: {@code (#code) title}, the details in {@code error_data}. */
    static final GraphError UNDELIVERABLE = new GraphError("(#131026) Message undeliverable", "OAuthException", 131026,
            null, null, null, null, null, java.util.Map.of("messaging_product", "whatsapp", "details",
            "Unable to deliver message. Reasons can include: the recipient's phone number is not a WhatsApp phone"
                    + " number."));

    private Sends() {
    }

    /** A text message to {@link #USER} in the default session, answered with a fresh wamid and {@code verdict}. */
    static String text(WamockServer server, SendVerdict verdict) {
        return text(server, "", verdict);
    }

    /** The same in session {@code session}. */
    static String text(WamockServer server, String session, SendVerdict verdict) {
        String wamid = "wamid.test" + System.nanoTime();
        var body = Mappers.JSON.readTree("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER
                + "\",\"type\":\"text\",\"text\":{\"body\":\"hello\"}}");
        long now = session.isEmpty() ? ServerClock.of(server).nanos()
                : ((dev.wamock.scenarios.engine.state.SessionClock) server.session(session).clock()).nanos();
        WebhookHubAccess.of(server).session(session)
                .accepted(new OutgoingMessage(NUMBER, USER, "text", body), wamid, verdict, now);
        return wamid;
    }
}
