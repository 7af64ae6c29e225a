package dev.wamock.client;

/**
 * How the webhook verification handshake went, as {@code POST /__wamock/webhooks/verify} answered: wamock sent
 * {@code GET <callback>?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…} (docs/webhooks.md).
 *
 * @param passed    whether the callback answered 200 with exactly the challenge as its body
 * @param reason    what happened, or what to fix (no callback, no verify token, a wrong answer)
 * @param status    the callback's HTTP status, or 0 when there was none
 * @param challenge the {@code hub.challenge} sent, or null when none was sent
 * @param callback  the callback URL asked (without the query wamock added), or null when none is configured
 */
public record WebhookHandshake(boolean passed, String reason, int status, String challenge, String callback) {
}
