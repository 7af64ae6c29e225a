package dev.wamock.assertions.internal.messages;

import dev.wamock.assertions.SentMessage;
import dev.wamock.assertions.internal.journal.Timeline;
import dev.wamock.scenarios.Journal;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** One sent message breaks a rule: {@code Expecting message: … to <rule> but <found> Body: … Journal: …}. */
public final class ShouldBeMessage extends BasicErrorMessageFactory {

    private ShouldBeMessage(SentMessage message, String rule, String found, Journal whole) {
        super("%nExpecting message:%n  %s%nto %s%nbut %s%nBody:%n  %s%nJournal:%n%s", unquotedString(message.describe()),
                unquotedString(rule), unquotedString(found), unquotedString(message.body().toString()),
                unquotedString(Timeline.of(whole, Map.of(message.entry().seq(), "this message"))));
    }

    /** {@code message} breaks {@code rule} as {@code found} says; {@code whole} is the journal to print. */
    public static ErrorMessageFactory of(SentMessage message, String rule, String found, Journal whole) {
        return new ShouldBeMessage(message, rule, found, whole);
    }
}
