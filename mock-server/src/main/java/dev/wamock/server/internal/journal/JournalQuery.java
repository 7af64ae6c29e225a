package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.internal.errors.GraphErrorException;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * What a {@code GET /__wamock/journal} asks for: entries after sequence number {@code afterSeq} that
 * {@code filter} accepts ({@code number}, {@code status}, {@code since} as an instant), {@code limit} of them
 * at most ({@link Long#MAX_VALUE} when not given).
 */
record JournalQuery(long afterSeq, long limit, Predicate<JournalEntry> filter) {

    /** The query of {@code ctx}'s parameters; a bad one is a 400 that says what to send instead. */
    static JournalQuery of(Context ctx) {
        Predicate<JournalEntry> filter = e -> true;
        long afterSeq = 0;
        String number = ctx.queryParam("number");
        if (number != null) {
            filter = filter.and(e -> number.equals(e.numberId()));
        }
        String status = ctx.queryParam("status");
        if (status != null) {
            long code = parseLong("status", status);
            filter = filter.and(e -> e.status() == code);
        }
        String since = ctx.queryParam("since");
        if (since != null && !since.isEmpty() && since.chars().allMatch(Character::isDigit)) {
            afterSeq = parseLong("since", since);
        } else if (since != null) {
            filter = filter.and(sinceInstant(since));
        }
        long limit = Long.MAX_VALUE;
        String limitParam = ctx.queryParam("limit");
        if (limitParam != null) {
            limit = parseLong("limit", limitParam);
            if (limit < 1) {
                throw GraphErrorException.badRequest("limit must be at least 1 but was " + limit
                        + "; leave it out to read every entry");
            }
        }
        return new JournalQuery(afterSeq, limit, filter);
    }

    private static Predicate<JournalEntry> sinceInstant(String since) {
        try {
            Instant t = Instant.parse(since);
            return e -> e.receivedAt() != null && e.receivedAt().isAfter(t);
        } catch (DateTimeParseException e) {
            throw GraphErrorException.badRequest("since must be a sequence number (42) or an ISO instant "
                    + "(2026-11-25T10:00:00Z) but was '" + since + "'");
        }
    }

    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw GraphErrorException.badRequest(name + " must be a whole number but was '" + value + "'");
        }
    }
}
