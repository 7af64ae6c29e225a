package dev.wamock.server.internal.messages;

import dev.wamock.scenarios.engine.messages.MessageEvents;
import dev.wamock.scenarios.engine.messages.MessagingRules;
import dev.wamock.scenarios.engine.state.SessionState;
import java.util.function.Function;

/**
 * Who the messages route asks about a send, per session: WhatsApp's rules ({@link MessagingRules}: a verdict on each
 * send) and the listeners of accepted sends ({@link MessageEvents}: the status webhooks), asked of the factories given on
 * each send. The server's ({@code ServerHandlers}) read the rules from the session's state
 * ({@link SessionState#messaging()}: its counters and windows, shared by a fleet on Redis) and the listener from the
 * session's webhooks; {@link #NONE} lets every valid send go and tells no one.
 */
public final class Messaging {
    /** Rules that let every send go, and no listener. */
    public static final Messaging NONE = new Messaging(session -> MessagingRules.NONE, session -> MessageEvents.NONE);

    private final Function<SessionState, MessagingRules> rules;
    private final Function<SessionState, MessageEvents> events;

    /** The rules {@code rules} gives a session, and the listener {@code events} gives it. */
    public Messaging(Function<SessionState, MessagingRules> rules, Function<SessionState, MessageEvents> events) {
        this.rules = rules;
        this.events = events;
    }

    /** The rules of {@code session}. */
    public MessagingRules rules(SessionState session) {
        return rules.apply(session);
    }

    /** The listener of {@code session}'s accepted sends. */
    public MessageEvents events(SessionState session) {
        return events.apply(session);
    }
}
