package dev.wamock.scenarios.engine.messages;

/** Who hears of a send answered with a message ID (the status webhooks). Implementations are thread-safe. */
public interface MessageEvents {
    /** Nobody. */
    MessageEvents NONE = (message, wamid, verdict, clockNanos) -> {
    };

    /**
     * {@code message} was answered with {@code wamid} at {@code clockNanos}; {@code verdict} says whether it goes
     * (sent, delivered, read) or fails later ({@link SendVerdict#failure()}).
     */
    void accepted(OutgoingMessage message, String wamid, SendVerdict verdict, long clockNanos);
}
