package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.engine.messages.MessagingRules;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import dev.wamock.scenarios.engine.messages.SendVerdict;

/**
 * WhatsApp's rules of a session on Redis: each send and each inbound message is a change of the session's log, which
 * every replica applies to its replayed {@link dev.wamock.scenarios.engine.messages.WhatsAppRules} in log order, so the
 * fleet shares one set of counters and windows. The log's time places a change on the session's clock: the caller's
 * {@code clockNanos} is not used (a replica's reading could lag or lead the log by a round trip).
 */
final class LoggedRules implements MessagingRules {
    private final SessionLog log;

    LoggedRules(SessionLog log) {
        this.log = log;
    }

    /** The verdict of every replica on {@code message}, as of its place in the log. */
    @Override
    public SendVerdict check(OutgoingMessage message, long clockNanos) {
        return (SendVerdict) log.change(Changes.SEND, Changes.send(message));
    }

    /** Opens (or starts again) the 24-hour window between the number and the user on every replica. */
    @Override
    public void inboundFrom(String phoneNumberId, String waId, long clockNanos) {
        log.change(Changes.INBOUND, Changes.inbound(phoneNumberId, waId));
    }
}
