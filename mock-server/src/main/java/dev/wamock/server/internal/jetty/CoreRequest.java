package dev.wamock.server.internal.jetty;

import io.javalin.http.servlet.JavalinServletContextKt;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;

/**
 * The request side of a {@link CoreExchange}: its query as Javalin parses it, and its headers as the servlet gives
 * them, read from Jetty's core {@link Request} without the servlet's sets or maps.
 */
final class CoreRequest {
    private final Request request;
    private Map<String, List<String>> query;

    CoreRequest(Request request) {
        this.request = request;
    }

    /** The raw query string, or null. */
    String queryString() {
        return request.getHttpURI().getQuery();
    }

    /** The first value of the query parameter {@code name}, decoded; null when absent. */
    String queryParam(String name) {
        List<String> values = query().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of the query parameter {@code name}, decoded; empty when absent. */
    List<String> queryParams(String name) {
        List<String> values = query().get(name);
        return values == null ? List.of() : values;
    }

    /** Javalin's own parsing of the query (EndpointHandler leaves a request with a Content-Type, and so a charset, to Javalin). */
    private Map<String, List<String>> query() {
        if (query == null) {
            String raw = queryString();
            query = raw == null || raw.isEmpty() ? Map.of()
                    : JavalinServletContextKt.splitKeyValueStringAndGroupByKey(raw, "UTF-8");
        }
        return query;
    }

    /** The first value of the request header {@code name}, or null. */
    String header(String name) {
        return request.getHeaders().get(name);
    }

    /**
     * What the servlet's {@code getHeaderNames()} and {@code getHeader(name)} give, without their sets or a map: each name
     * (in any case) once, as it first came, with its first value.
     */
    void forEachHeader(BiConsumer<String, String> visitor) {
        HttpFields fields = request.getHeaders();
        for (int i = 0; i < fields.size(); i++) {
            HttpField field = fields.getField(i);
            if (!namedBefore(fields, i, field.getName())) {
                visitor.accept(field.getName(), field.getValue());
            }
        }
    }

    private static boolean namedBefore(HttpFields fields, int index, String name) {
        for (int i = 0; i < index; i++) {
            if (fields.getField(i).getName().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
