package dev.wamock.assertions;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An answer of the endpoint as the response assertions see it: HTTP status, body text, headers and the
 * fields the request selected. Build one from a {@link HttpResponse} or from a status and a JSON body.
 *
 * @param headers         response headers by name (looked up case-insensitively); empty when unknown
 * @param requestedFields the names in the request's {@code ?fields=}, or null when it had none or it is unknown
 */
public record GraphResponse(int status, String body, Map<String, List<String>> headers, List<String> requestedFields) {

    public GraphResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name, values == null ? List.of() : List.copyOf(values)));
        }
        headers = java.util.Collections.unmodifiableMap(copy);
        requestedFields = requestedFields == null ? null : List.copyOf(requestedFields);
    }

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
