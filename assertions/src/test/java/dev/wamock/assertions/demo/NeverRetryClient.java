package dev.wamock.assertions.demo;

import java.net.http.HttpResponse;

/** A client that never retries: right for permanent errors, wrong for transient ones. */
final class NeverRetryClient implements AccountNumberClient {
    private final GraphCall graph;

    NeverRetryClient(String baseUrl, String token) {
        this.graph = new GraphCall(baseUrl, token);
    }

    @Override
    public HttpResponse<String> fetch(String numberId) {
        return graph.get(numberId);
    }
}
