/**
 * Internal: not API. Webhooks to the client's callback URL: the status webhooks that follow a send
 * ({@link dev.wamock.server.internal.webhooks.SessionWebhooks}, wamock's
 * {@link dev.wamock.scenarios.engine.messages.MessageEvents}), inbound user messages, their payloads
 * ({@link dev.wamock.server.internal.webhooks.Payloads}), signature ({@link dev.wamock.server.internal.webhooks.Signer}),
 * attempts ({@link dev.wamock.server.internal.webhooks.Poster}) and retries on the scenario clock, chaos, the
 * verification handshake ({@link dev.wamock.server.internal.webhooks.Handshakes}) and their admin routes
 * ({@link dev.wamock.server.internal.webhooks.WebhookAdmin}). One {@link dev.wamock.server.internal.webhooks.WebhookHub}
 * per server runs them on two daemon executors, stopped when the server closes.
 */
package dev.wamock.server.internal.webhooks;
