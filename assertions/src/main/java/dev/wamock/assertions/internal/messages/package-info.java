/** The sent-message and webhook-delivery rules behind {@code sentMessages()} and the deliveries assert. Internal: not API. */
package dev.wamock.assertions.internal.messages;
