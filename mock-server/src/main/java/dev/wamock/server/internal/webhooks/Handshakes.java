package dev.wamock.server.internal.webhooks;

import dev.wamock.server.Webhooks;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Meta's verification request to a callback: {@code GET <callback>?hub.mode=subscribe&hub.verify_token=<token>&
 * hub.challenge=<random>}; it passes when the answer is 200 with exactly the challenge as its body.
 */
public final class Handshakes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Handshakes() {
    }

    /** Performs the handshake of {@code session}'s callback with the server's verify token. */
    public static Webhooks.Handshake verify(WebhookHub hub, SessionWebhooks session) {
        URI callback = session.callback();
        String token = hub.options().verifyToken();
        if (callback == null) {
            return new Webhooks.Handshake(false, "no webhook callback URL is configured: set"
                    + " WebhookOptions.to(url) or --webhook-url", 0, null, null);
        }
        if (token == null) {
            return new Webhooks.Handshake(false, "no verify token is configured: set"
                    + " WebhookOptions.withVerifyToken(token) or --verify-token", 0, null, callback.toString());
        }
        String challenge = Long.toString(1_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
        String query = "hub.mode=subscribe&hub.verify_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&hub.challenge=" + challenge;
        String base = callback.toString();
        URI url = URI.create(base + (callback.getRawQuery() == null ? "?" : "&") + query);
        Poster.Answer answer = hub.poster().get(url);
        String reason;
        if (answer.status() == 0) {
            reason = "the callback gave no answer: " + answer.failure();
        } else if (answer.status() != 200) {
            reason = "the callback answered " + answer.status() + "; it must answer 200 with the hub.challenge as its"
                    + " body (a wrong verify token?)";
        } else if (!challenge.equals(answer.body())) {
            reason = "the callback answered 200 but its body was '" + abbreviate(answer.body()) + "', not the"
                    + " hub.challenge '" + challenge + "'; it must echo the challenge exactly";
        } else {
            reason = "the callback echoed the challenge";
        }
        return new Webhooks.Handshake(answer.status() == 200 && challenge.equals(answer.body()), reason, answer.status(),
                challenge, base);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
