package dev.wamock.assertions.demo;

import java.net.http.HttpResponse;

/** A client that never retries: right for permanent errors, wrong for transient ones. */
final class NeverRetryClient implements AccountNumberClient {
    private final String baseUrl;
    private final String token;

    NeverRetryClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    @Override
    public HttpResponse<String> fetch(String numberId) {
        return AccountNumberClient.get(baseUrl, token, numberId);
    }
}
