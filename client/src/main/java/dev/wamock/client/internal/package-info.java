/**
 * Internal: not API. The HTTP calls, clock and journal behind {@link dev.wamock.client.WamockClient}. Anything here
 * may change in any release.
 */
package dev.wamock.client.internal;
