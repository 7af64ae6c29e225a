package dev.wamock.junit;

import dev.wamock.scenarios.WamockControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client's view of a wamock: real HTTP GETs of the endpoint with an obviously fake token. */
final class Graph {
    /** A default fixture: CONNECTED, GREEN. */
    static final String NUMBER = "106540352242922";
    static final String TOKEN = "fake-token-1234";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Graph() {
    }

    /** GET /v23.0/{@link #NUMBER}; the HTTP status. */
    static int getNumber(WamockControl wamock) {
        return get(wamock.baseUrl(), "/v23.0/" + NUMBER, TOKEN);
    }

    /** GET {@code pathAndQuery} with {@code token} as Bearer token; the HTTP status. */
    static int get(String baseUrl, String pathAndQuery, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + baseUrl + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether a server answers HTTP at {@code baseUrl}. */
    static boolean isListening(String baseUrl) {
        URI uri = URI.create(baseUrl);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 2_000);
            socket.setSoTimeout(2_000);
            String request = "GET /__wamock/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            // an HTTP answer, not just a connect: Linux can connect a socket to itself when the source port it
            // picks is the closed port asked for, and the socket then reads back its own request
            return new String(socket.getInputStream().readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("HTTP/");
        } catch (IOException e) {
            return false;
        }
    }
}
