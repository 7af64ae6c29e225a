package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.wamock.scenarios.engine.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The {@code Retry-After} header of an error answer (RFC 9110 section 10.2.3), in one of its two forms:
 * whole seconds ({@code Retry-After: 30}), or an HTTP-date in the IMF-fixdate format
 * ({@code Retry-After: Sun, 06 Nov 1994 08:49:37 GMT}), either a given time after the answer or fixed.
 *
 * @param delay  the wait, in whole seconds; null for a fixed date
 * @param date   the fixed date, to the second; null when the header is computed from {@code delay}
 * @param asDate whether the header is an HTTP-date (true for a fixed date) or delta seconds
 */
public record RetryAfter(Duration delay, Instant date, boolean asDate) {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final String DATE_EXAMPLE = "Sun, 06 Nov 1994 08:49:37 GMT";

    /**
     * Checks that exactly one of {@code delay} and {@code date} is given and truncates a date to the second (a date is
     * always sent as one).
     *
     * @throws IllegalArgumentException for neither or both, or a negative or fractional-second {@code delay}
     */
    public RetryAfter {
        if ((delay == null) == (date == null)) {
            throw new IllegalArgumentException("a Retry-After needs either a delay or a date");
        }
        if (delay != null && delay.isNegative()) {
            throw new IllegalArgumentException("a Retry-After delay cannot be negative but was " + delay
                    + "; for a time already past use RetryAfter.date(Instant)");
        }
        if (delay != null && delay.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("Retry-After counts whole seconds (RFC 9110 delta-seconds) but was "
                    + Durations.format(delay) + "; write e.g. " + (delay.toMillis() + 999) / 1000 + "s");
        }
        if (date != null) {
            date = date.truncatedTo(ChronoUnit.SECONDS);
            asDate = true;
        }
    }

    /** {@code Retry-After: 30} for {@code seconds(Duration.ofSeconds(30))}. */
    public static RetryAfter seconds(Duration delay) {
        return new RetryAfter(delay, null, false);
    }

    /** An HTTP-date {@code delay} after the answer, rounded up to the second: {@code Retry-After: Sun, 06 Nov …}. */
    public static RetryAfter dateAfter(Duration delay) {
        return new RetryAfter(delay, null, true);
    }

    /** This fixed HTTP-date, to the second (a date in the past tells the client to retry at once). */
    public static RetryAfter date(Instant at) {
        return new RetryAfter(null, at, true);
    }

    /** The header's value for an answer sent at {@code now} (the wall clock, as the journal's {@code receivedAt}). */
    public String headerValue(Instant now) {
        if (!asDate) {
            return String.valueOf(delay.toSeconds());
        }
        Instant at = date;
        if (at == null) {
            Instant exact = now.plus(delay);
            at = exact.truncatedTo(ChronoUnit.SECONDS);
            at = at.equals(exact) ? at : at.plusSeconds(1);
        }
        return IMF_FIXDATE.format(at);
    }

    /** As files write it: the delay ({@code 30s}) or the fixed date. */
    String text() {
        return date != null ? IMF_FIXDATE.format(date) : Durations.format(delay);
    }

    /** {@code retryAfter: 30s}: a duration in whole seconds. */
    static RetryAfter parseSeconds(String text) {
        if (text != null && looksLikeDate(text)) {
            throw new IllegalArgumentException("retryAfter takes a duration in whole seconds (e.g. 30s) but was '"
                    + text + "'; for an HTTP-date write retryAfterDate");
        }
        return seconds(parseDuration(text, "retryAfter takes a duration in whole seconds, e.g. 30s or 2m"));
    }

    /** {@code retryAfterDate: 30s} (that long after the answer) or a fixed IMF-fixdate. */
    static RetryAfter parseDate(String text) {
        if (text != null && looksLikeDate(text)) {
            try {
                return date(IMF_FIXDATE.parse(text.strip(), Instant::from));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not an IMF-fixdate (RFC 9110 HTTP-date); write"
                        + " e.g. '" + DATE_EXAMPLE + "' (the weekday must match the date), or a duration such as 30s");
            }
        }
        return dateAfter(parseDuration(text, "retryAfterDate takes a duration in whole seconds (e.g. 30s) or an"
                + " IMF-fixdate such as '" + DATE_EXAMPLE + "'"));
    }

    private static boolean looksLikeDate(String text) {
        return text.strip().matches("[A-Za-z]{3},.*");
    }

    private static Duration parseDuration(String text, String rule) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(rule + ", but was '" + text + "'");
        }
    }

    /** The value of {@code retryAfter} in a file. */
    record SecondsText(RetryAfter value) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static SecondsText of(String text) {
            return new SecondsText(parseSeconds(text));
        }
    }

    /** The value of {@code retryAfterDate} in a file. */
    record DateText(RetryAfter value) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static DateText of(String text) {
            return new DateText(parseDate(text));
        }
    }
}
