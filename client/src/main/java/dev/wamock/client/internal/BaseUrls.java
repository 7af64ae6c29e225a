package dev.wamock.client.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks a server's base URL as a user writes it. Internal: not part of wamock's API. */
public final class BaseUrls {
    private BaseUrls() {
    }

    /**
     * {@code http(s)://host[:port][/prefix]} without a trailing slash; anything else fails with the rule,
     * the value and an example.
     */
    public static String normalize(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw invalid(baseUrl, "it is empty");
        }
        URI uri;
        try {
            uri = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            throw invalid(baseUrl, e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw invalid(baseUrl, "it does not start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw invalid(baseUrl, "it names no host");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw invalid(baseUrl, "it has a query or fragment");
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static IllegalArgumentException invalid(String baseUrl, String why) {
        return new IllegalArgumentException("a wamock base URL is http(s)://host:port, e.g. http://localhost:8080, but '"
                + baseUrl + "' is not: " + why);
    }
}
