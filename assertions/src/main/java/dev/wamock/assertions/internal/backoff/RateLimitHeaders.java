package dev.wamock.assertions.internal.backoff;

import dev.wamock.assertions.internal.Json;
import dev.wamock.scenarios.JournalEntry;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What the rate-limit response headers of a journal entry ask the client to wait. Internal.
 * {@code retry-after}: delta seconds or an HTTP date; {@code x-business-use-case-usage}: the largest
 * {@code estimated_time_to_regain_access} (minutes) anywhere in its JSON.
 */
public final class RateLimitHeaders {
    /** The {@code Retry-After} header, by its journaled (lower-case) name. */
    public static final String RETRY_AFTER = "retry-after";
    /** The {@code X-Business-Use-Case-Usage} header, by its journaled (lower-case) name. */
    public static final String BUSINESS_USAGE = "x-business-use-case-usage";

    private RateLimitHeaders() {
    }

    /** A response header of the entry, by case-insensitive name. */
    public static Optional<String> header(JournalEntry e, String name) {
        return Optional.ofNullable(e.responseHeader(name));
    }

    /** The wait {@code retry-after} asks for, if the answer carried a readable one. */
    public static Optional<Duration> retryAfter(JournalEntry e) {
        return header(e, RETRY_AFTER).map(String::strip).flatMap(value -> {
            try {
                return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000)));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    return e.receivedAt() == null ? Optional.empty()
                            : Optional.of(Duration.between(e.receivedAt(), at.toInstant()));
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        });
    }

    /** The wait {@code estimated_time_to_regain_access} asks for, if positive. */
    public static Optional<Duration> regainAccess(JournalEntry e) {
        return header(e, BUSINESS_USAGE).map(Json::parseOrNull).map(RateLimitHeaders::maxMinutes)
                .filter(minutes -> minutes > 0).map(minutes -> Duration.ofMinutes(minutes));
    }

    private static long maxMinutes(JsonNode node) {
        long max = 0;
        if (node.isObject() && node.has("estimated_time_to_regain_access")) {
            max = node.get("estimated_time_to_regain_access").asLong(0);
        }
        for (JsonNode child : node.values()) {
            max = Math.max(max, maxMinutes(child));
        }
        return max;
    }
}
