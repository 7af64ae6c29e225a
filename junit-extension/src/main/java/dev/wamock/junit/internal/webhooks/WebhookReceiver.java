package dev.wamock.junit.internal.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.wamock.junit.ReceivedWebhook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook endpoint on 127.0.0.1 and a free port: records every POST, checks its signature, answers as scripted, and
 * answers Meta's verification GET. Internal: {@link dev.wamock.junit.WamockWebhooks} is its API.
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService threads;
    private final String appSecret;
    private final String verifyToken;
    private final List<ReceivedWebhook> received = new ArrayList<>();
    private AnswerScript script = AnswerScript.NORMAL;

    private WebhookReceiver(String appSecret, String verifyToken) throws IOException {
        this.appSecret = appSecret;
        this.verifyToken = verifyToken;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wamock-webhooks-" + server.getAddress().getPort());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A receiver listening now, checking signatures against {@code appSecret}. */
    public static WebhookReceiver start(String appSecret, String verifyToken) {
        try {
            return new WebhookReceiver(appSecret, verifyToken);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a webhook receiver on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:<port>/webhooks}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    /** The app secret signatures are checked against. */
    public String appSecret() {
        return appSecret;
    }

    /** The token the verification GET must carry. */
    public String verifyToken() {
        return verifyToken;
    }

    /** Every delivery so far, in arrival order. */
    public synchronized List<ReceivedWebhook> deliveries() {
        return List.copyOf(received);
    }

    /** Answers the next {@code count} deliveries with {@code status}. */
    public synchronized void failNext(int count, int status) {
        script = script.failing(count, status);
    }

    /** Waits {@code delay} before answering each delivery (zero: answers at once). */
    public synchronized void answerAfter(Duration delay) {
        script = script.slow(delay);
    }

    /** Answers 403 to a delivery whose signature does not match, as a client that checks them does. */
    public synchronized void rejectBadSignatures() {
        script = script.checkingSignatures();
    }

    /** The deliveries once {@code done} holds for them, or null when {@code timeout} passed first. */
    public synchronized List<ReceivedWebhook> awaitUntil(Predicate<List<ReceivedWebhook>> done, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(received)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod())) {
                verification(exchange);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
            boolean valid = HubSignature.matches(exchange.getRequestHeaders().getFirst(HubSignature.HEADER), body, appSecret);
            Duration delay;
            int status;
            synchronized (this) {
                status = script.statusFor(valid);
                delay = script.delay();
                script = script.afterOne();
                received.add(new ReceivedWebhook(received.size() + 1, body, headers, parse(body), valid, status));
                notifyAll();
            }
            if (!delay.isZero()) {
                sleep(delay);
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** {@code GET ?hub.mode=subscribe&hub.verify_token=<token>&hub.challenge=<c>}: the challenge, or 403. */
    private void verification(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        boolean ok = "subscribe".equals(query.get("hub.mode")) && verifyToken.equals(query.get("hub.verify_token"))
                && query.containsKey("hub.challenge");
        byte[] answer = (ok ? query.get("hub.challenge") : "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(ok ? 200 : 403, answer.length == 0 ? -1 : answer.length);
        exchange.getResponseBody().write(answer);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops listening at once (a delivery being answered slowly is cut off). */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
