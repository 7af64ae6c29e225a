package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Which requests a step applies to; every condition given must hold. {@link #ANY} applies to all.
 *
 * @param number  only this WhatsApp account number ID (on {@code GET /{Version}/{WABA-ID}/phone_numbers}: only this
 *                WhatsApp Business Account ID)
 * @param fields  only requests whose {@code fields} name all of these
 * @param version only this Graph version, e.g. {@code v23.0}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record When(
        @JsonProperty("number") String number,
        @JsonProperty("fields") List<String> fields,
        @JsonProperty("version") String version) {

    /** Applies to every request. */
    public static final When ANY = new When(null, List.of(), null);

    /**
     * Checks and copies the fields (none when {@code null}).
     *
     * @throws IllegalArgumentException for a field name the contract does not have, with a "did you mean" and the
     * valid names
     */
    @JsonCreator
    public When {
        fields = fields == null ? List.of() : List.copyOf(fields);
        for (String f : fields) {
            if (AccountField.fromWireName(f).isEmpty()) {
                throw new IllegalArgumentException("when.fields names unknown field '" + f + "'"
                        + dev.wamock.scenarios.internal.Suggestions.didYouMean(f, AccountField.wireNames())
                        + "; valid fields: " + AccountField.wireNames());
            }
        }
    }

    /** Whether no condition is given, so every request matches. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAny() {
        return number == null && version == null && fields.isEmpty();
    }
}
