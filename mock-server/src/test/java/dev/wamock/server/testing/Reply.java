package dev.wamock.server.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a server answered, however the request went ({@link Http} or {@link RawHttp}): the status, the headers
 * (names case-insensitive, values in the order they came) and the body as text.
 *
 * @param status the HTTP status
 * @param headers every header, by name
 * @param body the body, decoded as UTF-8 (empty when there was none)
 */
public record Reply(int status, Map<String, List<String>> headers, String body) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SHOWN = 2_000;

    /** Copies the headers into an unmodifiable map whose names are case-insensitive. */
    public Reply {
        Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseInsensitive.merge(name, List.copyOf(values),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? "" : body;
    }

    /** The first value of header {@code name}, or {@code null} when the answer has none. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The {@code Content-Type} in lower case, or {@code ""}. */
    public String contentType() {
        String type = header("content-type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    /** Whether the server said it closes the connection after this answer ({@code Connection: close}). */
    public boolean closes() {
        String connection = header("connection");
        return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
    }

    /** The body's UTF-8 bytes. */
    public byte[] bytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON. */
    public JsonNode json() {
        return JSON.readTree(body);
    }

    /** The {@code error} object of a Graph error body (a missing node when there is none). */
    public JsonNode error() {
        return json().path("error");
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + headers + "\n"
                + (body.length() > SHOWN ? body.substring(0, SHOWN) + "… (" + body.length() + " chars)" : body);
    }
}
