package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A message template the business number may send, as the template rules check a template send against it
 * (error 132001 when none matches the name and language, 132015/132016 when paused or disabled, 132000 when the
 * body parameters are not as many as {@code bodyParameters}). Immutable; files write
 * {@code {name: order_update, language: en_US, category: UTILITY, bodyParameters: 2, status: APPROVED}}.
 *
 * @param name           the template's name, e.g. {@code hello_world}
 * @param language       its language code, e.g. {@code en_US}
 * @param category       its category (the per-user marketing limit counts only {@link Category#MARKETING})
 * @param bodyParameters how many variable parameters ({@code {{1}}}, …) its body has
 * @param status         its review status
 */
public record MessageTemplate(@JsonProperty("name") String name, @JsonProperty("language") String language,
                              @JsonProperty("category") Category category,
                              @JsonProperty("bodyParameters") int bodyParameters,
                              @JsonProperty("status") Status status) {

    /** Meta's sample template every new account has: {@code hello_world}, en_US, UTILITY, no parameters. */
    public static final MessageTemplate HELLO_WORLD =
            new MessageTemplate("hello_world", "en_US", Category.UTILITY, 0, Status.APPROVED);

    /** A template's category. */
    public enum Category {
        /** Promotions and offers; under the per-user marketing limit (131049). */
        MARKETING,
        /** Updates on a transaction or account. */
        UTILITY,
        /** One-time passcodes. */
        AUTHENTICATION
    }

    /** A template's review status; only {@link #APPROVED} templates can be sent. */
    public enum Status {
        /** Can be sent. */
        APPROVED,
        /** In review: answered as not existing (132001). */
        PENDING,
        /** Rejected in review: answered as not existing (132001). */
        REJECTED,
        /** Paused for low quality (132015). */
        PAUSED,
        /** Disabled for low quality (132016). */
        DISABLED
    }

    /**
     * Checks the parts; a missing category or status defaults to UTILITY and APPROVED.
     *
     * @throws IllegalArgumentException for a blank name or language, or a negative parameter count
     */
    @JsonCreator
    public MessageTemplate {
        if (name == null || name.isBlank() || language == null || language.isBlank()) {
            throw new IllegalArgumentException("a template needs a 'name' and a 'language' (e.g. hello_world, en_US)"
                    + " but had " + name + ", " + language);
        }
        if (bodyParameters < 0) {
            throw new IllegalArgumentException("bodyParameters must be >= 0 but was " + bodyParameters);
        }
        category = Objects.requireNonNullElse(category, Category.UTILITY);
        status = Objects.requireNonNullElse(status, Status.APPROVED);
    }

    /** An approved template with this name, language, category and number of body parameters. */
    public static MessageTemplate approved(String name, String language, Category category, int bodyParameters) {
        return new MessageTemplate(name, language, category, bodyParameters, Status.APPROVED);
    }

    /** A copy with another review status. */
    public MessageTemplate withStatus(Status newStatus) {
        return new MessageTemplate(name, language, category, bodyParameters, newStatus);
    }
}
