package dev.wamock.scenarios;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a scenario step does with a request: answer with a Graph error, answer with an account-number
 * state (fields overridden), or let the normal data-driven behaviour answer.
 */
public sealed interface Answer {

    /** Let the data-driven behaviour answer, as if no scenario were active. */
    record Pass() implements Answer {
    }

    /** Answer with {@code error} and HTTP {@code httpStatus}; {@code name} is the catalogue name, if any. */
    record Error(String name, int httpStatus, GraphError error) implements Answer {
        public Error {
            Objects.requireNonNull(error, "error");
            if (httpStatus < 400 || httpStatus > 599) {
                throw new IllegalArgumentException("an error answer needs an HTTP status 400..599 but was " + httpStatus);
            }
        }

        /** The documented error with this name (e.g. {@code server-error}); an unknown name lists valid ones. */
        public static Error documented(String name) {
            DocumentedError d = DocumentedErrors.named(name);
            return new Error(d.name(), d.httpStatus(), d.error());
        }
    }

    /** Answer as the data-driven behaviour would, with these fields of the number overridden. */
    record State(Map<AccountField, Object> overrides) implements Answer {
        public State {
            if (overrides == null || overrides.isEmpty()) {
                throw new IllegalArgumentException("a state answer needs at least one field to override, e.g. quality_rating: RED");
            }
            EnumMap<AccountField, Object> copy = new EnumMap<>(AccountField.class);
            overrides.forEach((field, value) -> {
                if (field == AccountField.ID) {
                    throw new IllegalArgumentException("a state answer cannot change id; bind a fixture instead");
                }
                copy.put(field, FieldValues.coerce(field, value));
            });
            overrides = Collections.unmodifiableMap(copy);
        }

        /** Overrides given by wire name ({@code quality_rating}); unknown names list the valid ones. */
        public static State ofWireNames(Map<String, ?> byWireName) {
            Map<AccountField, Object> map = new LinkedHashMap<>();
            byWireName.forEach((name, value) -> map.put(AccountField.fromWireName(name).orElseThrow(() ->
                    new IllegalArgumentException("unknown field '" + name + "'"
                            + dev.wamock.scenarios.internal.Suggestions.didYouMean(name, AccountField.wireNames())
                            + "; valid fields: " + AccountField.wireNames())), value));
            return new State(map);
        }

        /** {@code number} with the overrides applied. */
        public AccountNumber apply(AccountNumber number) {
            AccountNumber result = number;
            for (Map.Entry<AccountField, Object> e : overrides.entrySet()) {
                result = result.with(e.getKey(), e.getValue());
            }
            return result;
        }
    }
}
