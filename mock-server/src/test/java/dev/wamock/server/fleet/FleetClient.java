package dev.wamock.server.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client of one session of a fleet (or of one replica): the endpoint and the admin API over real HTTP. */
final class FleetClient {
    static final String NUMBER = "106540352242922";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final String session;

    FleetClient(String url, String session) {
        this.url = url;
        this.session = session;
    }

    /** The endpoint for the default number. */
    HttpResponse<String> call() {
        return send(HttpRequest.newBuilder(URI.create(url + "/v23.0/" + NUMBER))
                .header("Authorization", "Bearer fake-token-" + session).GET());
    }

    /** An admin call with a JSON body ({@code null}: none). */
    HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + "/__wamock/" + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("X-Wamock-Session", session).timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
