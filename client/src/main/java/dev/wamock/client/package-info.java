/**
 * {@link dev.wamock.client.WamockClient}: drives a wamock server that runs outside the test's JVM
 * through {@link dev.wamock.scenarios.WamockControl}. Classes in {@code dev.wamock.client.internal} are
 * not API.
 */
package dev.wamock.client;
