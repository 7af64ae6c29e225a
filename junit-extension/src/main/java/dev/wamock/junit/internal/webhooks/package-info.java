/**
 * The webhook receiver behind {@link dev.wamock.junit.WamockWebhooks}: a JDK {@code com.sun.net.httpserver} on
 * 127.0.0.1, its signature check and its scripted answers. Internal: not API.
 */
package dev.wamock.junit.internal.webhooks;
