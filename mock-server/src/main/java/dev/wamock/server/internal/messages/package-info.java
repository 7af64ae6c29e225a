/**
 * Internal: not API.
 * The messages route, {@code POST /{Version}/{Phone-Number-ID}/messages}: Meta's send schemas and how wamock rewrites
 * them to be usable ({@link dev.wamock.server.internal.messages.SchemaRewrite}), the validation of a send and its
 * Graph errors, the answer with a {@code wamid}, and the per-session seam to WhatsApp's rules and the webhooks
 * ({@link dev.wamock.server.internal.messages.Messaging}). docs/messages.md describes it.
 */
package dev.wamock.server.internal.messages;
