package dev.wamock.server.internal.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.engine.messages.MessageEvents;
import dev.wamock.scenarios.engine.messages.MessagingRules;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-session seam: the rules and listener of the request's session, asked of the factories on each send. */
class MessagingTest {
    @Test
    void eachSendAsksTheFactoriesForItsSessionsRulesAndListener() {
        Map<String, MessagingRules> bySession = new HashMap<>();
        Messaging messaging = new Messaging(session -> bySession.computeIfAbsent(session.id(), id -> new MessagingRules() {
            @Override
            public SendVerdict check(OutgoingMessage message, long clockNanos) {
                return SendVerdict.goes();
            }

            @Override
            public void inboundFrom(String phoneNumberId, String waId, long clockNanos) {
            }
        }), session -> MessageEvents.NONE);
        SessionState a = session("a");
        SessionState b = session("b");

        MessagingRules first = messaging.rules(a);

        assertThat(messaging.rules(a)).isSameAs(first);
        assertThat(messaging.rules(b)).isNotSameAs(first);
        bySession.remove("a"); // the session was dropped: its holder forgot it
        assertThat(messaging.rules(a)).isNotSameAs(first);
        assertThat(Messaging.NONE.rules(a)).isSameAs(MessagingRules.NONE);
        assertThat(Messaging.NONE.events(a)).isSameAs(MessageEvents.NONE);
    }

    /** A session that only has its ID (all the seam reads). */
    private static SessionState session(String id) {
        return (SessionState) Proxy.newProxyInstance(SessionState.class.getClassLoader(),
                new Class<?>[] {SessionState.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "id" -> id;
                    case "hashCode" -> id.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
