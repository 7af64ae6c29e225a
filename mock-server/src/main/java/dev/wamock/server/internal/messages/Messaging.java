package dev.wamock.server.internal.messages;

import dev.wamock.scenarios.engine.messages.MessageEvents;
import dev.wamock.scenarios.engine.messages.MessagingRules;
import dev.wamock.scenarios.engine.state.SessionState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Who the messages route asks about a send, per session: WhatsApp's rules ({@link MessagingRules}: a verdict on each
 * send) and the listeners of accepted sends ({@link MessageEvents}: the status webhooks). Each session gets its own,
 * made on its first send by the factories given (the server's are in {@code ServerHandlers}); {@link #NONE} lets every
 * valid send go and tells no one.
 */
public final class Messaging {
    /** Rules that let every send go, and no listener. */
    public static final Messaging NONE = new Messaging(session -> MessagingRules.NONE, session -> MessageEvents.NONE);

    private final Function<SessionState, MessagingRules> rules;
    private final Function<SessionState, MessageEvents> events;
    private final Map<String, Pair> bySession = new ConcurrentHashMap<>();

    private record Pair(MessagingRules rules, MessageEvents events) {
    }

    /** Per session, the rules {@code rules} makes and the listener {@code events} makes (each called once a session). */
    public Messaging(Function<SessionState, MessagingRules> rules, Function<SessionState, MessageEvents> events) {
        this.rules = rules;
        this.events = events;
    }

    /** The rules of {@code session}. */
    public MessagingRules rules(SessionState session) {
        return of(session).rules();
    }

    /** The listener of {@code session}'s accepted sends. */
    public MessageEvents events(SessionState session) {
        return of(session).events();
    }

    /** Drops what {@code sessionId} had (a session deleted or reset): its next send gets fresh ones. */
    public void forget(String sessionId) {
        bySession.remove(sessionId);
    }

    private Pair of(SessionState session) {
        return bySession.computeIfAbsent(session.id(), id -> new Pair(rules.apply(session), events.apply(session)));
    }
}
