/**
 * Internal: not API. Failure messages, retry-chain and backoff analysis, and JSON helpers behind
 * {@link dev.wamock.assertions.WamockAssertions}. Anything here may change in any release.
 */
package dev.wamock.assertions.internal;
