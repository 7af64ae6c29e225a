package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.WamockFailure;
import dev.wamock.server.internal.graph.PageLinks;
import dev.wamock.server.internal.graph.Tokens;
import dev.wamock.server.internal.jetty.Exchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hides an exchange's access token wherever it shows up in what the journal keeps: the
 * {@code access_token} query parameter by its decoded name ({@code access%5Ftoken} included), the
 * {@code Authorization} header, and every other occurrence of the token as sent (path, other headers,
 * the body, the fields), or percent-encoded (the body's paging links). What is left is the token's last 4 characters ({@link Tokens#redact}). Echoes
 * are looked for only of tokens of {@value #MIN_ECHO_LENGTH} characters or more: a shorter one is no
 * secret, and replacing it everywhere would garble the rest.
 */
public final class Redaction {
    static final int MIN_ECHO_LENGTH = 8;
    private static final String PARAMETER = "access_token";

    private final List<String> rawTokens;
    /** Each token as a list's paging links carry it (percent-encoded), in the order of {@link #rawTokens}. */
    private final List<String> encodedTokens;

    Redaction(List<String> rawTokens) {
        this.rawTokens = rawTokens;
        this.encodedTokens = new ArrayList<>(rawTokens.size());
        for (String token : rawTokens) {
            encodedTokens.add(encode(token));
        }
    }

    /** {@code token} as the paging links carry it: itself when URL encoding leaves it as it is (most tokens). */
    private static String encode(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '*' || c == '_')) {
                return PageLinks.encode(token);
            }
        }
        return token;
    }

    /** Redacts the tokens {@code ctx}'s request carried: its bearer token and every access_token value. */
    public static Redaction of(Exchange ctx) {
        List<String> tokens = new ArrayList<>(1);
        String bearer = Tokens.fromHeader(ctx.header("Authorization"));
        if (bearer != null && bearer.length() >= MIN_ECHO_LENGTH) {
            tokens.add(bearer);
        }
        for (String value : ctx.queryParams(PARAMETER)) {
            if (value.strip().length() >= MIN_ECHO_LENGTH) {
                tokens.add(value.strip());
            }
        }
        return new Redaction(tokens);
    }

    /** {@code text} with every token replaced; null stays null. */
    public String text(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < rawTokens.size(); i++) {
            String token = rawTokens.get(i);
            if (text.contains(token)) {
                text = text.replace(token, Tokens.redact(token));
            }
            String encoded = encodedTokens.get(i);
            if (!encoded.equals(token) && text.contains(encoded)) {
                text = text.replace(encoded, Tokens.redact(token));
            }
        }
        return text;
    }

    /**
     * Whether a token (as sent or percent-encoded) occurs in {@code ascii}, bytes below 0x80 that {@link #text} would
     * see as the same characters: a token with any other character cannot occur in them.
     */
    boolean foundIn(byte[] ascii) {
        for (int i = 0; i < rawTokens.size(); i++) {
            if (occurs(rawTokens.get(i), ascii) || occurs(encodedTokens.get(i), ascii)) {
                return true;
            }
        }
        return false;
    }

    private static boolean occurs(String token, byte[] in) {
        int n = token.length();
        for (int start = 0; start + n <= in.length; start++) {
            int i = 0;
            while (i < n && in[start + i] == token.charAt(i)) {
                i++;
            }
            if (i == n) {
                return true;
            }
        }
        return false;
    }

    /** A failure report with the tokens replaced in its message and stack trace. */
    public WamockFailure failure(WamockFailure f) {
        return f == null ? null : new WamockFailure(f.type(), text(f.message()), text(f.stackTrace()));
    }

    /** Each field name through {@link #text}. */
    List<String> fields(List<String> fields) {
        return fields == null || rawTokens.isEmpty() ? fields : fields.stream().map(this::text).toList();
    }

    /** The raw query with every {@code access_token} value redacted, whatever way its name is encoded. */
    String query(String query) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        StringBuilder out = new StringBuilder(query.length());
        int from = 0;
        while (from <= query.length()) {
            int amp = query.indexOf('&', from);
            int end = amp < 0 ? query.length() : amp;
            String pair = query.substring(from, end);
            int eq = pair.indexOf('=');
            if (eq >= 0 && PARAMETER.equals(decode(pair.substring(0, eq)))) {
                pair = pair.substring(0, eq + 1) + Tokens.redact(decode(pair.substring(eq + 1)));
            }
            out.append(pair);
            if (amp < 0) {
                break;
            }
            out.append('&');
            from = amp + 1;
        }
        return text(out.toString());
    }

    /** A request header's value as the journal keeps it: {@code Authorization} reduced, any other through {@link #text}. */
    String header(String name, String value) {
        return name.equalsIgnoreCase("Authorization") ? authorization(value) : text(value);
    }

    static String authorization(String value) {
        String v = value.strip();
        int space = v.indexOf(' ');
        return space < 0 ? Tokens.redact(v) : v.substring(0, space + 1) + Tokens.redact(v.substring(space + 1).strip());
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a malformed escape: the server refused the request already; compare it as written
        }
    }
}
