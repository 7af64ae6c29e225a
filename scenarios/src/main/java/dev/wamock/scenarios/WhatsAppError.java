package dev.wamock.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One of WhatsApp's own error codes for sends ({@code POST /{Phone-Number-ID}/messages}), as Meta writes it: the
 * title (the body's {@code message} is {@code "(#code) title"}) and the {@code error_data.details} text, the HTTP
 * status of an answer, whether production refuses the send at once or accepts it and reports the error in a
 * {@code failed} status webhook, and the source the entry was taken from. The catalogue is {@link WhatsAppErrors}.
 *
 * @param name       the name a scenario step uses ({@code {"error": "pair-rate-limit"}})
 * @param code       the Graph error code, e.g. 131056
 * @param status     the HTTP status of an answer carrying it
 * @param delivery   whether production refuses the send at once or reports the error in a {@code failed} status
 * @param title      the code's title as Meta writes it
 * @param details    the {@code error_data.details} text as Meta writes it (a rule may give a more precise one)
 * @param source     the URL the entry was taken from
 * @param metaSource whether {@code source} is Meta's own page (false: a third-party copy or report)
 */
public record WhatsAppError(String name, int code, int status, Delivery delivery, String title, String details,
                            String source, boolean metaSource) {

    /** How production reports the error. */
    public enum Delivery {
        /** The send is answered with the error at once, no message ID. */
        REFUSED,
        /** The send gets a message ID; a {@code failed} status webhook carries the error. */
        FAILED_STATUS
    }

    /** Checks that every part is given and the status is an error status. */
    public WhatsAppError {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(source, "source");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error needs an HTTP status 400..599 but " + name + " had " + status);
        }
    }

    /** The Graph error body: {@code (#code) title}, {@code OAuthException}, {@code error_data} with the details. */
    public GraphError graphError() {
        return graphError(details);
    }

    /** The Graph error body with another {@code error_data.details} text (what exactly was wrong with this send). */
    public GraphError graphError(String detailText) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messaging_product", "whatsapp");
        data.put("details", detailText);
        return new GraphError("(#" + code + ") " + title, "OAuthException", code, null, null, null, null, null,
                java.util.Collections.unmodifiableMap(data));
    }

    /** The entry as a scenario step answers it (at once, with {@link #status()}). */
    public DocumentedError asDocumented() {
        return new DocumentedError(name, status, title + " (WhatsApp " + code + ")", graphError());
    }
}
