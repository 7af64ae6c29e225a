package dev.wamock.assertions.internal.messages;

import dev.wamock.assertions.internal.journal.Timeline;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.WebhookDelivery;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The client's webhook endpoint broke a rule: {@code Expecting the client's webhook endpoint to <rule> but these did
 * not: … Fix: … Deliveries: …} (and the journal, for rules that look at what it sent).
 */
public final class ShouldHandleWebhooks extends BasicErrorMessageFactory {

    private ShouldHandleWebhooks(String rule, Map<String, String> violations, String fix, List<WebhookDelivery> all,
                                 Journal journal) {
        super("%nExpecting the client's webhook endpoint to %s%nbut these did not:%n%s%nFix: %s%nDeliveries:%n%s"
                        + (journal == null ? "%s" : "%nJournal:%n%s"),
                unquotedString(rule),
                unquotedString(Timeline.indent(violations.entrySet().stream()
                        .map(v -> v.getKey() + ": " + v.getValue()).toList())),
                unquotedString(fix), unquotedString(deliveries(all)),
                unquotedString(journal == null ? "" : Timeline.of(journal)));
    }

    /**
     * {@code violations}: what broke the rule (a delivery's line, or a wamid) and how; {@code journal}: printed too
     * when not null.
     */
    public static ErrorMessageFactory of(String rule, Map<String, String> violations, String fix,
                                         List<WebhookDelivery> all, Journal journal) {
        return new ShouldHandleWebhooks(rule, violations, fix, all, journal);
    }

    /** One line per delivery attempt, or {@code (no deliveries)}. */
    public static String deliveries(List<WebhookDelivery> all) {
        return all.isEmpty() ? "  (no deliveries)" : Timeline.indent(all.stream().map(WebhookDelivery::describe).toList());
    }
}
