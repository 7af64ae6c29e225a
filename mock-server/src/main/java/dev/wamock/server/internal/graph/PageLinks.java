package dev.wamock.server.internal.graph;

import dev.wamock.server.internal.state.Sessions;
import dev.wamock.server.internal.jetty.Exchange;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The absolute URLs of a list's other pages, as Graph writes {@code paging.next} and {@code paging.previous}: the
 * request's own URL as the client addressed it (scheme, {@code Host}, a session's {@code /sessions/<id>} base
 * URL, path), its query parameters kept as sent ({@code access_token}, {@code fields}, {@code limit},
 * {@code session} …) but {@code after} and {@code before}, and the new cursor appended.
 */
public final class PageLinks {
    private static final String TOKEN = "access_token";

    private final String base;
    private final List<String> kept;

    private PageLinks(String base, List<String> kept) {
        this.base = base;
        this.kept = kept;
    }

    /** The links of {@code ctx}'s request. */
    static PageLinks of(Exchange ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            host = ctx.serverName() + ":" + ctx.localPort();
        }
        String session = ctx.sessionFromPath();
        String prefix = session == null ? "" : Sessions.PREFIX.substring(0, Sessions.PREFIX.length() - 1) + "/"
                + encode(session);
        List<String> kept = new ArrayList<>();
        String query = ctx.queryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (name.equals("after") || name.equals("before") || pair.isEmpty()) {
                    continue;
                }
                // the token written as Redaction looks for it, so the journal's copy of the body hides it
                boolean token = name.equals(TOKEN) && eq >= 0;
                kept.add(token ? TOKEN + "=" + encode(decode(pair.substring(eq + 1)).strip()) : pair);
            }
        }
        return new PageLinks(ctx.scheme() + "://" + host + prefix + ctx.path(), List.copyOf(kept));
    }

    /** This request's URL with {@code parameter} (after or before) set to {@code cursor}. */
    String to(String parameter, String cursor) {
        StringBuilder url = new StringBuilder(base).append('?');
        for (String pair : kept) {
            url.append(pair).append('&');
        }
        return url.append(parameter).append('=').append(encode(cursor)).toString();
    }

    /** {@code value} percent-encoded for a query or a path segment (a space as {@code %20}). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value; // QueryEncoding refused such a request before any route ran
        }
    }
}
