package dev.wamock.assertions;

import dev.wamock.assertions.internal.journal.WamockRepresentation;
import dev.wamock.assertions.internal.messages.ShouldHaveSentMessages;
import dev.wamock.scenarios.Journal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractListAssert;

/**
 * Assertions on the messages the client sent, in order ({@link SentMessage}): start with
 * {@code assertThat(journal).sentMessages()}, narrow with {@link #to}, {@link #ofType}, {@link #withTemplate},
 * {@link #withText} and {@link #inReplyTo}, then check: {@link #hasSize}, {@link #isEmpty},
 * {@link #containsOnlyRecipients}, any AssertJ list assertion, or one message with {@code first()},
 * {@code element(i)}, {@code last()}. Failures say the rule, what was found and where to look, and print every message
 * sent and the journal.
 *
 * <pre>
 * assertThat(journal).sentMessages().to("16505551234").withTemplate("order_shipped").hasSize(1);
 * </pre>
 */
public class SentMessagesAssert extends AbstractListAssert<SentMessagesAssert, List<? extends SentMessage>, SentMessage,
        SentMessageAssert> {

    Navigation navigation = Navigation.HARD;
    /** Every message of the journal, for failures. */
    List<SentMessage> all;
    /** The journal failures print. */
    Journal whole = Journal.empty();
    /** What this assert holds, in words: {@code messages to 1650… of type template}. */
    String scope = "messages";

    /** Assertions on these sent messages, in order. */
    public SentMessagesAssert(List<? extends SentMessage> actual) {
        super(actual, SentMessagesAssert.class);
        info.useRepresentation(WamockRepresentation.INSTANCE);
        all = actual == null ? List.of() : List.copyOf(actual);
    }

    /** The messages to this recipient (compared by digits: {@code +1 650-555-1234} is {@code 16505551234}). */
    public final SentMessagesAssert to(String waId) {
        return narrow("to " + waId, m -> m.isTo(waId));
    }

    /** The messages of this {@code type}: {@code text}, {@code template}, {@code image}, {@code interactive}, … */
    public final SentMessagesAssert ofType(String type) {
        return narrow("of type " + type, m -> m.type().equals(type));
    }

    /** The template messages of the template with this name ({@code template.name}). */
    public final SentMessagesAssert withTemplate(String name) {
        return narrow("with template " + name, m -> name.equals(m.templateName()));
    }

    /** The text messages whose {@code text.body} is exactly {@code text}. */
    public final SentMessagesAssert withText(String text) {
        return narrow("with text \"" + text + "\"", m -> text.equals(m.text()));
    }

    /** The replies ({@code context.message_id}) and reactions ({@code reaction.message_id}) to this inbound wamid. */
    public final SentMessagesAssert inReplyTo(String wamid) {
        return narrow("in reply to " + wamid, m -> wamid.equals(m.inReplyTo()));
    }

    /** Exactly {@code expected} messages in this scope. */
    @Override
    public SentMessagesAssert hasSize(int expected) {
        isNotNull();
        if (actual.size() != expected) {
            fail("exactly " + count(expected), "it sent " + count(actual.size()));
        }
        return myself;
    }

    /** No message in this scope. */
    @Override
    public void isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            fail("no " + scope, "it sent " + count(actual.size()));
        }
    }

    /** At least one message in this scope. */
    @Override
    public SentMessagesAssert isNotEmpty() {
        isNotNull();
        if (actual.isEmpty()) {
            fail("at least one of the " + scope, "it sent none");
        }
        return myself;
    }

    /** Each of these recipients got at least one message of this scope, and nobody else got one. */
    public SentMessagesAssert containsOnlyRecipients(String... waIds) {
        isNotNull();
        Set<String> missing = new LinkedHashSet<>();
        for (String waId : waIds) {
            if (actual.stream().noneMatch(m -> m.isTo(waId))) {
                missing.add(waId);
            }
        }
        Set<String> others = new LinkedHashSet<>();
        actual.stream().filter(m -> List.of(waIds).stream().noneMatch(m::isTo)).forEach(m -> others.add(m.to()));
        if (!missing.isEmpty() || !others.isEmpty()) {
            fail(scope + " to only these recipients, each at least once: " + String.join(", ", waIds),
                    (missing.isEmpty() ? "" : "none went to " + String.join(", ", missing))
                            + (!missing.isEmpty() && !others.isEmpty() ? " and " : "")
                            + (others.isEmpty() ? "" : "some went to " + String.join(", ", others)));
        }
        return myself;
    }

    /** Public, as AssertJ's soft assertions need it to be to collect failures of element assertions. */
    @Override
    public SentMessageAssert toAssert(SentMessage value, String description) {
        SentMessageAssert next = new SentMessageAssert(value);
        next.whole = whole;
        return next.as(description);
    }

    @Override
    protected SentMessagesAssert newAbstractIterableAssert(Iterable<? extends SentMessage> iterable) {
        List<SentMessage> messages = new ArrayList<>();
        iterable.forEach(messages::add);
        return copy(messages, scope);
    }

    private SentMessagesAssert narrow(String words, Predicate<SentMessage> filter) {
        Objects.requireNonNull(words);
        List<SentMessage> kept = actual == null ? null : actual.stream().filter(filter).map(m -> (SentMessage) m).toList();
        return copy(kept, scope + " " + words);
    }

    private SentMessagesAssert copy(List<SentMessage> messages, String newScope) {
        SentMessagesAssert next = navigation.next(SentMessagesAssert.class, List.class, messages,
                () -> new SentMessagesAssert(messages));
        next.navigation = navigation;
        next.all = all;
        next.whole = whole;
        next.scope = newScope;
        return Navigation.describedLike(next, info.description());
    }

    private String count(int n) {
        return n + " " + (n == 1 ? scope.replaceFirst("^messages", "message") : scope);
    }

    private void fail(String rule, String found) {
        throwAssertionError(ShouldHaveSentMessages.of(rule, found, all, whole, actual.stream().map(m -> (SentMessage) m)
                .toList()));
    }
}
