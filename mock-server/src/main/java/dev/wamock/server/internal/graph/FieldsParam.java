package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.AccountField;
import dev.wamock.server.internal.errors.ProfileErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Parses {@code ?fields=}: absent → the profile's defaults; present → exactly the named fields in
 * request order, duplicates and spaces tolerated, {@code id} always included (appended last when not
 * named, as Graph does); an unknown name → the profile's unknown-field error.
 */
public final class FieldsParam {
    private static final List<String> DEFAULTS = AccountField.DEFAULTS.stream().map(AccountField::wireName).toList();

    private FieldsParam() {
    }

    /** The names as the client sent them (trimmed, empties dropped), or null when {@code fields} is absent. */
    static List<String> names(String raw) {
        if (raw == null) {
            return null;
        }
        return java.util.Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The wire names to answer with, in order; the documented defaults when {@code fields} is absent. */
    static List<String> parse(String raw, Predicate<String> known, ProfileErrors errors) {
        return parse(raw, known, DEFAULTS, errors);
    }

    /** The wire names to answer with, in order; {@code defaults} when {@code fields} is absent. */
    static List<String> parse(String raw, Predicate<String> known, List<String> defaults, ProfileErrors errors) {
        if (raw == null) {
            return defaults;
        }
        List<String> fields = new ArrayList<>();
        for (String name : names(raw)) {
            if (!known.test(name)) {
                throw errors.unknownField(name);
            }
            if (!fields.contains(name)) {
                fields.add(name);
            }
        }
        if (fields.isEmpty()) {
            throw errors.emptyFields();
        }
        if (!fields.contains(AccountField.ID.wireName())) {
            fields.add(AccountField.ID.wireName());
        }
        return List.copyOf(fields);
    }
}
