package dev.wamock.assertions.internal.messages;

import dev.wamock.assertions.SentMessage;
import dev.wamock.assertions.internal.journal.Timeline;
import dev.wamock.scenarios.Journal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The client's sent messages break a rule of {@code sentMessages()}. One layout: the rule, what was found, the fix,
 * every message sent, and the journal with the messages the rule looked at marked.
 */
public final class ShouldHaveSentMessages extends BasicErrorMessageFactory {

    private ShouldHaveSentMessages(String rule, String found, String fix, List<SentMessage> all, Journal whole,
                                   List<SentMessage> marked) {
        super("%nExpecting the client to have sent %s%nbut %s%n%s%nMessages sent (%s):%n%s%nJournal:%n%s",
                unquotedString(rule), unquotedString(found), unquotedString(fix), unquotedString(all.size() + " in all"),
                unquotedString(all.isEmpty() ? "  (none)" : Timeline.indent(all.stream().map(SentMessage::describe).toList())),
                unquotedString(Timeline.of(whole, notes(marked))));
    }

    /**
     * {@code rule}: what the test expected ({@code exactly 2 messages to 1650…}); {@code found}: what it got;
     * {@code marked}: the messages of the scope, noted in the journal.
     */
    public static ErrorMessageFactory of(String rule, String found, List<SentMessage> all, Journal whole,
                                         List<SentMessage> marked) {
        return new ShouldHaveSentMessages(rule, found, fix(all, whole), all, whole, marked);
    }

    /** What to look at: the client's code, or (with no sends at all) whether it reached wamock's messages route. */
    private static String fix(List<SentMessage> all, Journal whole) {
        if (!all.isEmpty()) {
            return "Fix: check what the client's code sends and to whom (the messages below), or the expectation.";
        }
        boolean bodiless = whole.entries().stream()
                .anyMatch(e -> "POST".equalsIgnoreCase(e.method()) && e.path() != null && e.path().endsWith("/messages")
                        && e.requestBody() == null);
        return bodiless
                ? "Fix: the journal has POST …/messages requests without bodies; use a wamock server that journals the"
                        + " bodies of sends (its messages route does)."
                : "Fix: no POST /{Version}/{Phone-Number-ID}/messages with a JSON body and a \"to\" reached wamock;"
                        + " point the client's base URL at it and check that the send ran.";
    }

    private static Map<Long, String> notes(List<SentMessage> marked) {
        return marked.stream().collect(Collectors.toMap(m -> m.entry().seq(), m -> "sent " + m.type() + " to " + m.to(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
