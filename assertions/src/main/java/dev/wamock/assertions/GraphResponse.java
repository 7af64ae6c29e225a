package dev.wamock.assertions;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Profile;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An answer of the endpoint as the response assertions see it: HTTP status, body text, headers, the
 * fields the request selected and the profile that answered. Build one from a {@link HttpResponse},
 * from a journal entry (what the client received, as the server journaled it), or from a status and
 * a JSON body.
 *
 * @param status          the HTTP status
 * @param body            the body text, or null when there was none
 * @param headers         response headers by name (looked up case-insensitively); empty when unknown
 * @param requestedFields the names in the request's {@code ?fields=}, or null when it had none or it is unknown
 * @param profile         the profile that answered, which picks the schema {@code conformsToSchema()} checks;
 *                        null when unknown, read as {@link Profile#DOCUMENTED}
 */
public record GraphResponse(int status, String body, Map<String, List<String>> headers, List<String> requestedFields,
                            Profile profile) {

    /** Copies the headers and fields. */
    public GraphResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name, values == null ? List.of() : List.copyOf(values)));
        }
        headers = java.util.Collections.unmodifiableMap(copy);
        requestedFields = requestedFields == null ? null : List.copyOf(requestedFields);
    }

    /** An answer of an unknown profile, for a request with these fields. */
    public GraphResponse(int status, String body, Map<String, List<String>> headers, List<String> requestedFields) {
        this(status, body, headers, requestedFields, null);
    }

    /** An answer of an unknown profile and request. */
    public GraphResponse(int status, String body, Map<String, List<String>> headers) {
        this(status, body, headers, null);
    }

    /** The status, body and headers of {@code response}, and the fields its request selected. */
    public static GraphResponse of(HttpResponse<String> response) {
        return new GraphResponse(response.statusCode(), response.body(), response.headers().map(),
                fieldsOf(response.request() == null ? null : response.request().uri().getRawQuery()));
    }

    /** A response known only by its status and body. */
    public static GraphResponse of(int status, String body) {
        return new GraphResponse(status, body, Map.of(), null);
    }

    /**
     * What the client of a journaled request received: status, body (as journaled: up to 64 KiB, tokens
     * redacted), every response header, the fields it selected and the profile that answered.
     *
     * @throws IllegalArgumentException when the request got no HTTP answer (a reset, no response, a stall…)
     */
    public static GraphResponse of(JournalEntry entry) {
        if (!entry.outcome().answered()) {
            throw new IllegalArgumentException("request #" + entry.seq() + " got no HTTP answer (" + entry.outcome()
                    + "), so there is no response to check: " + entry.describe());
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        entry.responseHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
        return new GraphResponse(entry.status(), entry.responseBody(), headers, entry.fields(), entry.profile());
    }

    /** This answer, as given under {@code answeredUnder} (for a response of a {@code graph-observed} server). */
    public GraphResponse withProfile(Profile answeredUnder) {
        return new GraphResponse(status, body, headers, requestedFields, answeredUnder);
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0))
                .findFirst();
    }

    /** {@code HTTP 200 {"id":"…"}}. */
    @Override
    public String toString() {
        return "HTTP " + status + " " + body;
    }

    private static List<String> fieldsOf(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("fields=")) {
                String value = URLDecoder.decode(pair.substring("fields=".length()), StandardCharsets.UTF_8);
                return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
        }
        return null;
    }
}
