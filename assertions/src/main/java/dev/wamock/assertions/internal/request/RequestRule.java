package dev.wamock.assertions.internal.request;

import dev.wamock.assertions.internal.journal.EntryFacts;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A rule one journaled request must follow (its token, version, fields, User-Agent, number, status, step), checked on
 * one request or on every request of a journal. Internal.
 *
 * @param rule    the rule in words, after "to": {@code use Graph API version v23.0}
 * @param problem what is wrong with a request, in words after "but" ({@code it used v19.0}), or null when it follows
 *                the rule
 */
public record RequestRule(String rule, Function<JournalEntry, String> problem) {
    private static final String NL = System.lineSeparator();

    /** The token came in the {@code Authorization: Bearer} header. */
    public static RequestRule bearerToken() {
        return token("header", "carry its access token in the Authorization header (Bearer)");
    }

    /** The token came in the {@code access_token} query parameter. */
    public static RequestRule queryToken() {
        return token("query", "carry its access token in the access_token query parameter");
    }

    /** The path named this Graph version. */
    public static RequestRule version(String version) {
        return new RequestRule("use Graph API version " + version, e -> {
            String used = EntryFacts.versionOf(e);
            return version.equals(used) ? null : "it used " + (used == null ? "no version" : used);
        });
    }

    /** {@code ?fields=} named exactly these fields, in any order. */
    public static RequestRule fields(List<String> fields) {
        return new RequestRule("ask for exactly the fields " + String.join(", ", fields), e -> {
            if (e.fields() == null) {
                return "it sent no fields parameter (Graph then answers id, display_phone_number, status)";
            }
            return new HashSet<>(e.fields()).equals(new HashSet<>(fields)) ? null
                    : "it asked for " + String.join(", ", e.fields());
        });
    }

    /** A non-blank {@code User-Agent} header. */
    public static RequestRule userAgent() {
        return new RequestRule("send a User-Agent header that identifies the client", e -> {
            String agent = e.header("User-Agent");
            return agent == null || agent.isBlank() ? "it sent none" : null;
        });
    }

    /** The request was for this number ID. */
    public static RequestRule forNumber(String numberId) {
        return new RequestRule("be for number:" + NL + "  \"" + numberId + "\"", e -> numberId.equals(e.numberId())
                ? null : "was for:" + NL + "  " + (e.numberId() == null ? "no number" : "\"" + e.numberId() + "\""));
    }

    /** The request was answered over HTTP with this status. */
    public static RequestRule httpStatus(int expected) {
        return new RequestRule("have been answered with HTTP status:" + NL + "  " + expected, e ->
                e.outcome() == Outcome.RESPONSE && e.status() == expected ? null : "was:" + NL + "  "
                        + (e.outcome() == Outcome.RESPONSE ? String.valueOf(e.status()) : e.outcome().wireName()));
    }

    /** The request got an HTTP answer, not a connection fault. */
    public static RequestRule answered() {
        return new RequestRule("have been answered over HTTP", e -> e.outcome().answered() ? null
                : "it ended with " + e.outcome().wireName() + ": the client received no response (assert on the"
                + " request itself, e.g. its outcome, instead)");
    }

    /** The scenario step labelled {@code label} answered the request. */
    public static RequestRule answeredByStep(String label) {
        return new RequestRule("have been answered by the scenario step labelled:" + NL + "  \"" + label + "\"", e -> {
            if (label.equals(e.stepLabel())) {
                return null;
            }
            if (e.scenario() == null) {
                return "no scenario was active";
            }
            if (e.step() == null) {
                return "no step of " + e.scenario() + " answered it (the data-driven behaviour did)";
            }
            return "step " + e.step() + " of " + e.scenario() + " answered it ("
                    + (e.stepDescription() == null ? "no description" : e.stepDescription()) + "), "
                    + (e.stepLabel() == null ? "which has no label" : "labelled '" + e.stepLabel() + "'");
        });
    }

    /** The failure when {@code entry} breaks the rule, or null. */
    public ErrorMessageFactory check(JournalEntry entry) {
        String found = problem.apply(entry);
        return found == null ? null : ShouldFollowRequestRule.request(entry, rule, found);
    }

    /** The failure when some requests of {@code journal} break the rule, or null; it prints {@code whole}. */
    public ErrorMessageFactory checkEvery(Journal whole, Journal journal) {
        Map<JournalEntry, String> violations = new LinkedHashMap<>();
        for (JournalEntry e : journal.entries()) {
            String found = problem.apply(e);
            if (found != null) {
                violations.put(e, found);
            }
        }
        return violations.isEmpty() ? null : ShouldFollowRequestRule.everyRequest(whole, rule, violations);
    }

    private static RequestRule token(String source, String rule) {
        return new RequestRule(rule, e -> {
            if (e.tokenSource() == null) {
                return "it carried no token";
            }
            String used = e.tokenSource().wireName();
            return source.equals(used) ? null : "its token came in " + ("header".equals(used)
                    ? "the Authorization header" : "the access_token query parameter");
        });
    }
}
