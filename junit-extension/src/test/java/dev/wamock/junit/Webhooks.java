package dev.wamock.junit;

import dev.wamock.junit.internal.webhooks.HubSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** POSTs webhooks to a receiver as wamock would: a statuses payload of Meta's shape, signed with the app secret. */
final class Webhooks {
    static final String WAMID = "wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Webhooks() {
    }

    /** A {@code statuses} webhook of {@link #WAMID} with {@code status}. */
    static String status(String status) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",
                "phone_number_id":"106540352242922"},"statuses":[{"id":"%s","status":"%s","timestamp":"1750263773",
                "recipient_id":"16505551234"}]}}]}]}""".formatted(WAMID, status);
    }

    /** A {@code messages} webhook: a text from {@code from}. */
    static String inbound(String from) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
                "value":{"messaging_product":"whatsapp","messages":[{"from":"%s","id":"wamid.IN1","timestamp":"1750263773",
                "type":"text","text":{"body":"hi"}}]}}]}]}""".formatted(from);
    }

    /** POSTs {@code body} signed with {@code secret}; the receiver's status. */
    static int post(String url, String body, String secret) {
        return post(url, body, HubSignature.of(body.getBytes(StandardCharsets.UTF_8), secret), Duration.ofSeconds(10));
    }

    static int post(String url, String body, String signature, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return send(request.build()).statusCode();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
