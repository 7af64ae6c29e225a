package dev.wamock.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's webhook endpoint on the JDK's HTTP server on a free loopback port: answers a POST 200 and keeps its body
 * and {@code X-Hub-Signature-256}; answers the verification GET by echoing {@code hub.challenge}.
 */
final class HookReceiver implements AutoCloseable {
    /** One POST it got. */
    record Got(String signature, String body) {
    }

    private final HttpServer server;
    private final List<Got> got = new ArrayList<>();

    HookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
    }

    synchronized List<Got> got() {
        return List.copyOf(got);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] answer = new byte[0];
            if (exchange.getRequestMethod().equals("GET")) {
                String query = exchange.getRequestURI().getQuery();
                String challenge = query.substring(query.indexOf("hub.challenge=") + "hub.challenge=".length());
                answer = challenge.getBytes(StandardCharsets.UTF_8);
            } else {
                synchronized (this) {
                    got.add(new Got(exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"), body));
                }
            }
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
