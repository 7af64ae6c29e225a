package dev.wamock.server.internal;

import dev.wamock.scenarios.AccountField;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code ?fields=}: absent → the documented defaults; present → exactly the named fields in
 * request order, duplicates and spaces tolerated, {@code id} always included (appended last when not
 * named, as Graph does); an unknown name → 422.
 */
public final class FieldsParam {
    private FieldsParam() {
    }

    /** The names as the client sent them (trimmed, empties dropped), or null when {@code fields} is absent. */
    static List<String> names(String raw) {
        if (raw == null) {
            return null;
        }
        return java.util.Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static List<AccountField> parse(String raw) {
        if (raw == null) {
            return AccountField.DEFAULTS;
        }
        List<AccountField> fields = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            AccountField field = AccountField.fromWireName(name).orElseThrow(Errors::unknownField);
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        if (fields.isEmpty()) {
            throw Errors.emptyFields();
        }
        if (!fields.contains(AccountField.ID)) {
            fields.add(AccountField.ID);
        }
        return List.copyOf(fields);
    }
}
