package dev.wamock.assertions.demo;

import java.net.http.HttpResponse;

/** A wrong client: any failure, permanent or not, is retried at once, up to {@code maxAttempts}. */
final class RetryEverythingClient implements AccountNumberClient {
    private final GraphCall graph;
    private final int maxAttempts;

    RetryEverythingClient(String baseUrl, String token, int maxAttempts) {
        this.graph = new GraphCall(baseUrl, token);
        this.maxAttempts = maxAttempts;
    }

    @Override
    public HttpResponse<String> fetch(String numberId) {
        HttpResponse<String> response = graph.get(numberId);
        for (int attempt = 2; attempt <= maxAttempts && response.statusCode() >= 400; attempt++) {
            response = graph.get(numberId);
        }
        return response;
    }
}
