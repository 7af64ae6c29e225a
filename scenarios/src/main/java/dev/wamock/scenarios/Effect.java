package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.wamock.scenarios.engine.Durations;
import java.time.Duration;

/**
 * One chaos effect that fired on an exchange: a delay, a slow body or a fault. In JSON it is one
 * string, {@code "delay 100ms"}, {@code "slow-body 4x over 2s"}, {@code "fault reset"}.
 *
 * @param kind   what kind of effect
 * @param detail what it did, e.g. {@code 100ms} or {@code reset}
 */
public record Effect(Kind kind, String detail) {
    /** The kinds of effect. */
    public enum Kind {
        /** The answer waited before going out. */
        DELAY("delay"),
        /** The body went out in pieces over a time. */
        SLOW_BODY("slow-body"),
        /** A {@link Fault} replaced or spoiled the answer. */
        FAULT("fault");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        /** The JSON word, e.g. {@code slow-body}. */
        public String wireName() {
            return wireName;
        }
    }

    /** Checks both parts are present. */
    public Effect {
        if (kind == null || detail == null) {
            throw new IllegalArgumentException("an effect needs a kind and a detail");
        }
    }

    /** A delay of {@code d}. */
    public static Effect delay(Duration d) {
        return new Effect(Kind.DELAY, d.toMillis() + "ms");
    }

    /** A body sent in {@code chunks} pieces over {@code over}. */
    public static Effect slowBody(int chunks, Duration over) {
        return new Effect(Kind.SLOW_BODY, chunks + "x over " + Durations.format(over));
    }

    /** A fault. */
    public static Effect fault(Fault fault) {
        return new Effect(Kind.FAULT, fault.wireName());
    }

    /** The JSON form: {@code "delay 100ms"}. */
    @JsonValue
    @Override
    public String toString() {
        return kind.wireName + " " + detail;
    }

    /** Reads the JSON form. */
    @JsonCreator
    public static Effect parse(String text) {
        int space = text == null ? -1 : text.indexOf(' ');
        if (space > 0) {
            for (Kind k : Kind.values()) {
                if (k.wireName.equals(text.substring(0, space))) {
                    return new Effect(k, text.substring(space + 1));
                }
            }
        }
        throw new IllegalArgumentException("not an effect: '" + text + "' (expected 'delay …', 'slow-body …' or 'fault …')");
    }
}
