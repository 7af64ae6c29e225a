package dev.wamock.assertions.internal;

import dev.wamock.scenarios.JournalEntry;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The per-request rules (token, version, fields, User-Agent): each says what is wrong, or null. Internal. */
public final class RequestRules {
    /** Layout of a rule broken by one request. */
    public static final String ONE = "%nExpecting request:%n  %s%nto %s%nbut %s";
    /** Layout of a rule broken by some requests of a journal. */
    public static final String EVERY = "%nExpecting every request to %s%nbut these did not:%n%s%nJournal:%n%s";

    private RequestRules() {
    }

    /** {@code source}: {@code header} (Authorization: Bearer) or {@code query} (access_token). */
    public static String token(JournalEntry e, String source) {
        if (e.tokenSource() == null) {
            return "it carried no token";
        }
        return source.equals(e.tokenSource().wireName()) ? null : "its token came in " + where(e.tokenSource().wireName());
    }

    /** Where a token of this source ({@code header} or {@code query}) travels, in words. */
    public static String where(String source) {
        return "header".equals(source) ? "the Authorization header" : "the access_token query parameter";
    }

    /** What is wrong with the entry's version, or null when it is {@code expected}. */
    public static String version(JournalEntry e, String expected) {
        String used = Answers.versionOf(e);
        return expected.equals(used) ? null : "it used " + (used == null ? "no version" : used);
    }

    /** What is wrong with the entry's {@code fields}, or null when it named exactly {@code expected} (any order). */
    public static String fields(JournalEntry e, List<String> expected) {
        if (e.fields() == null) {
            return "it sent no fields parameter (Graph then answers id, display_phone_number, status)";
        }
        return new HashSet<>(e.fields()).equals(new HashSet<>(expected)) ? null
                : "it asked for " + String.join(", ", e.fields());
    }

    /** What is wrong with the entry's {@code User-Agent}, or null when it sent a non-blank one. */
    public static String userAgent(JournalEntry e) {
        String agent = e.header("User-Agent");
        return agent == null || agent.isBlank() ? "it sent none" : null;
    }

    /** The requests that break a rule, each with what is wrong, in order. */
    public static Map<JournalEntry, String> violations(List<JournalEntry> entries, Function<JournalEntry, String> rule) {
        Map<JournalEntry, String> out = new LinkedHashMap<>();
        for (JournalEntry e : entries) {
            String problem = rule.apply(e);
            if (problem != null) {
                out.put(e, problem);
            }
        }
        return out;
    }

    /** {@code #2 GET /v23.0/… → 200: it carried no token}, one per line, indented. */
    public static String lines(Map<JournalEntry, String> violations) {
        return Timeline.indent(violations.entrySet().stream().map(v -> v.getKey().describe() + ": " + v.getValue()).toList());
    }

    /** Timeline notes: the problem of each violating request. */
    public static Map<Long, String> notes(Map<JournalEntry, String> violations) {
        Map<Long, String> notes = new LinkedHashMap<>();
        violations.forEach((e, problem) -> notes.put(e.seq(), problem));
        return notes;
    }
}
