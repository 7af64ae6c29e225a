package dev.wamock.client;

import dev.wamock.scenarios.WebhookChaos;

/**
 * A session's webhooks on a running server, as {@code PUT /__wamock/webhooks} answers them
 * ({@link WamockClient#webhookState()}, {@link WamockClient#webhookChaos(WebhookChaos)}): where they go, their chaos,
 * and the counts of the session's queue. Never the app secret or the verify token: the server does not say them.
 *
 * @param callbackUrl where the session's webhooks are POSTed, or null for nowhere
 * @param chaos       the session's chaos ({@link WebhookChaos#none()} unless set)
 * @param pending     deliveries queued or waiting for their time (a retry, a status delay, chaos' delay)
 * @param overflowed  deliveries not queued because the session already had its maximum pending (1 000 by default)
 * @param dropped     deliveries chaos dropped ({@link WebhookChaos#dropped(double)})
 */
public record WebhookState(String callbackUrl, WebhookChaos chaos, int pending, long overflowed, long dropped) {
}
