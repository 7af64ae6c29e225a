package dev.wamock.assertions;

import dev.wamock.assertions.internal.journal.WamockRepresentation;
import dev.wamock.assertions.internal.messages.ShouldBeMessage;
import dev.wamock.scenarios.Journal;
import java.util.Objects;
import java.util.function.Function;

/**
 * Assertions on one message the client sent ({@link SentMessage}), reached with {@code sentMessages().first()},
 * {@code element(i)} or {@code last()}. Failures print the message's body and the journal, the message marked.
 */
public class SentMessageAssert extends RuleAssert<SentMessageAssert, SentMessage> {

    /** The journal failures print; the message's own request when unknown. */
    Journal whole;

    /** Assertions on {@code actual}. */
    public SentMessageAssert(SentMessage actual) {
        super(actual, SentMessageAssert.class);
        info.useRepresentation(WamockRepresentation.INSTANCE);
    }

    /** The recipient is {@code waId} (compared by digits). */
    public SentMessageAssert isTo(String waId) {
        return rule(m -> m.isTo(waId) ? null : "it went to " + m.to(), "go to " + waId);
    }

    /** The message's {@code type} is {@code type}. */
    public SentMessageAssert hasType(String type) {
        return rule(m -> m.type().equals(type) ? null : "its type was " + m.type(), "be of type " + type);
    }

    /** A template message of the template named {@code name}. */
    public SentMessageAssert hasTemplate(String name) {
        return rule(m -> name.equals(m.templateName()) ? null
                : m.templateName() == null ? "it was a " + m.type() + " message" : "it used template " + m.templateName(),
                "use template " + name);
    }

    /** A text message whose {@code text.body} is exactly {@code text}. */
    public SentMessageAssert hasText(String text) {
        return rule(m -> text.equals(m.text()) ? null
                : m.text() == null ? "it was a " + m.type() + " message" : "its text was \"" + m.text() + "\"",
                "say \"" + text + "\"");
    }

    /** A reply ({@code context.message_id}) or reaction to the inbound message {@code wamid}. */
    public SentMessageAssert isInReplyTo(String wamid) {
        return rule(m -> wamid.equals(m.inReplyTo()) ? null
                : m.inReplyTo() == null ? "it replied to nothing (no context.message_id)" : "it replied to " + m.inReplyTo(),
                "reply to " + wamid);
    }

    /** wamock accepted it: answered 200 with a message ID ({@code messages[0].id}). */
    public SentMessageAssert wasAccepted() {
        return rule(m -> m.wamid() != null ? null : "it was answered " + m.entry().describe()
                .substring(m.entry().describe().indexOf("→ ") + 2), "be accepted with a message ID");
    }

    private SentMessageAssert rule(Function<SentMessage, String> found, String rule) {
        Objects.requireNonNull(rule);
        return check(() -> {
            String what = found.apply(actual);
            Journal journal = whole != null ? whole : new Journal(1, 0, java.util.List.of(actual.entry()));
            return what == null ? null : ShouldBeMessage.of(actual, rule, what, journal);
        });
    }
}
