package dev.wamock.assertions.demo;

import java.net.http.HttpResponse;

/** A wrong client: any failure, permanent or not, is retried at once, up to {@code maxAttempts}. */
final class RetryEverythingClient implements AccountNumberClient {
    private final String baseUrl;
    private final String token;
    private final int maxAttempts;

    RetryEverythingClient(String baseUrl, String token, int maxAttempts) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public HttpResponse<String> fetch(String numberId) {
        HttpResponse<String> response = AccountNumberClient.get(baseUrl, token, numberId);
        for (int attempt = 2; attempt <= maxAttempts && response.statusCode() >= 400; attempt++) {
            response = AccountNumberClient.get(baseUrl, token, numberId);
        }
        return response;
    }
}
