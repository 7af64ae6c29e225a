package dev.wamock.scenarios.engine;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as scenario files write them: {@code 250ms}, {@code 2s}, {@code 1.5s}, {@code 10m}, {@code 1h}. */
public final class Durations {
    private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    private Durations() {
    }

    /**
     * Parses {@code 250ms}, {@code 2s}, {@code 1.5s}, {@code 10m} or {@code 1h}.
     *
     * @throws IllegalArgumentException for any other text, with examples of valid ones
     */
    public static Duration parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 250ms, 2s, 1.5s, 10m or 1h");
        }
        double value = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> value;
            case "s" -> value * 1_000;
            case "m" -> value * 60_000;
            default -> value * 3_600_000;
        };
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** The shortest exact text for {@code d}: {@code 100ms}, {@code 2s}, {@code 1h}. */
    public static String format(Duration d) {
        if (d.toNanos() % 1_000_000 != 0) {
            return java.math.BigDecimal.valueOf(d.toNanos(), 6).stripTrailingZeros().toPlainString() + "ms";
        }
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0 && ms > 0) {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }
}
