package dev.wamock.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the server answered, however the request was sent: status, headers (names case-insensitive), body. */
public record Reply(int status, Map<String, List<String>> headers, String body) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Reply {
        Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = caseInsensitive;
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String contentType() {
        String type = header("content-type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    public JsonNode json() {
        return JSON.readTree(body);
    }

    /** The {@code error} object of a Graph error body. */
    JsonNode error() {
        return json().path("error");
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + headers + "\n" + body;
    }
}
