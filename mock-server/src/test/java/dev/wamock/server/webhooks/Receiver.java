package dev.wamock.server.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client's webhook endpoint for the tests, on the JDK's HTTP server on a free loopback port: it answers the
 * verification request as a client would (or wrongly, as told), fails the first {@code failFirst} POSTs with 500,
 * checks {@code X-Hub-Signature-256} when it knows the app secret (401 when it does not match), and keeps every request.
 */
final class Receiver implements AutoCloseable {
    /** One request it got. */
    record Got(String method, String query, String signature, String body) {
    }

    private final HttpServer server;
    private final List<Got> got = new ArrayList<>();
    private final AtomicInteger failFirst = new AtomicInteger();
    private volatile String secret;
    private volatile String verifyToken;
    private volatile boolean echoWrong;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
    }

    Receiver failFirst(int n) {
        failFirst.set(n);
        return this;
    }

    Receiver checkSignaturesWith(String appSecret) {
        this.secret = appSecret;
        return this;
    }

    Receiver expectVerifyToken(String token, boolean echoWrongChallenge) {
        this.verifyToken = token;
        this.echoWrong = echoWrongChallenge;
        return this;
    }

    synchronized List<Got> got() {
        return List.copyOf(got);
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = ex.getRequestURI().getRawQuery();
        synchronized (this) {
            got.add(new Got(ex.getRequestMethod(), query, ex.getRequestHeaders().getFirst("X-Hub-Signature-256"), body));
        }
        if ("GET".equals(ex.getRequestMethod())) {
            Map<String, String> q = Queries.parse(query);
            boolean ok = "subscribe".equals(q.get("hub.mode")) && verifyToken != null
                    && verifyToken.equals(q.get("hub.verify_token"));
            answer(ex, ok ? 200 : 403, ok ? (echoWrong ? "not-the-challenge" : q.get("hub.challenge")) : "forbidden");
        } else if (failFirst.getAndDecrement() > 0) {
            answer(ex, 500, "busy");
        } else if (secret != null && !valid(ex.getRequestHeaders().getFirst("X-Hub-Signature-256"), body)) {
            answer(ex, 401, "bad signature");
        } else {
            answer(ex, 200, "ok");
        }
    }

    /** Checks the header as a client should: HMAC-SHA256 of the raw body with the app secret, compared in constant time. */
    boolean valid(String header, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
            return header != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    header.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange ex, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The query string's parameters, decoded. */
    static final class Queries {
        private Queries() {
        }

        static Map<String, String> parse(String query) {
            Map<String, String> out = new java.util.HashMap<>();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    out.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            return out;
        }

        private static String decode(String s) {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }
}
