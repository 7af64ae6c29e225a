package dev.wamock.server.internal.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Makes one HTTP call to the client's callback and says how it was answered; never throws for the receiver's sake. */
final class Poster {
    /** How a call was answered: {@code status} 0 with a {@code failure} when it was not. */
    record Answer(int status, String body, String failure, long latencyMicros) {
    }

    private final HttpClient client;
    private final Duration timeout;

    Poster(java.util.concurrent.Executor executor, Duration timeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).executor(executor).build();
        this.timeout = timeout;
    }

    /** POSTs {@code body} (signed with {@code signature} unless null) to {@code url}. */
    Answer post(URI url, String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "wamock-webhooks")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(Signer.HEADER, signature);
        }
        return call(request.build());
    }

    /** GETs {@code url}. */
    Answer get(URI url) {
        return call(HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", "wamock-webhooks").GET().build());
    }

    private Answer call(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), null, micros(start));
        } catch (java.net.http.HttpTimeoutException e) {
            return new Answer(0, null, "timed out after " + timeout.toMillis() + " ms", micros(start));
        } catch (java.net.ConnectException e) {
            return new Answer(0, null, "connection refused", micros(start));
        } catch (IOException e) {
            return new Answer(0, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()), micros(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, "interrupted (the server is stopping)", micros(start));
        }
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1_000;
    }
}
