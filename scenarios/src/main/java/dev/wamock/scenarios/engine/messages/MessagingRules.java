package dev.wamock.scenarios.engine.messages;

/**
 * WhatsApp's rules on sends for one session, on its scenario clock ({@code clockNanos}: the reading of
 * {@link dev.wamock.scenarios.WamockClock} when the request arrived). Implementations are thread-safe.
 */
public interface MessagingRules {
    /** Rules that let every valid send go. */
    MessagingRules NONE = new MessagingRules() {
        @Override
        public SendVerdict check(OutgoingMessage message, long clockNanos) {
            return SendVerdict.goes();
        }

        @Override
        public void inboundFrom(String phoneNumberId, String waId, long clockNanos) {
        }
    };

    /** The verdict on {@code message}; a send that is not refused counts against the limits it is under. */
    SendVerdict check(OutgoingMessage message, long clockNanos);

    /** A user wrote to the number: the 24-hour customer service window with that user opens (or starts again). */
    void inboundFrom(String phoneNumberId, String waId, long clockNanos);
}
