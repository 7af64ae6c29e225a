/**
 * Not API: the seams of the messages family ({@code POST /{Version}/{Phone-Number-ID}/messages} and its webhooks).
 * The messages route validates a send and turns it into an {@link dev.wamock.scenarios.engine.messages.OutgoingMessage};
 * WhatsApp's rules ({@link dev.wamock.scenarios.engine.messages.MessagingRules}: throughput, the pair limit, the
 * 24-hour window, templates, …) give it a {@link dev.wamock.scenarios.engine.messages.SendVerdict} on the scenario
 * clock; a send that was answered with a message ID is handed to the
 * {@link dev.wamock.scenarios.engine.messages.MessageEvents} (the webhooks), whose statuses follow it.
 */
package dev.wamock.scenarios.engine.messages;
