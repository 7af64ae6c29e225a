/**
 * Internal: not API. Retry timing behind {@link dev.wamock.assertions.BackoffAssert}: the
 * {@link dev.wamock.assertions.internal.backoff.Waits waits} between a client's attempts, the
 * {@link dev.wamock.assertions.internal.backoff.BackoffShape shapes} they should follow, the waits the server asks
 * for in its rate-limit headers, the {@link dev.wamock.assertions.internal.backoff.BackoffRules rules}, and their
 * failure messages with the fix they suggest. Anything here may change in any release.
 */
package dev.wamock.assertions.internal.backoff;
