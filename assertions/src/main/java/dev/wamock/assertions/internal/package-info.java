/**
 * Internal: not API. What stands behind {@link dev.wamock.assertions.WamockAssertions}, by what is asserted on:
 * {@code response} (an answer and its body), {@code request} (one journaled request), {@code journal} (a journal read
 * as what the client did) and {@code backoff} (retry timing); each holds its rules and their failure messages. Here:
 * the JSON helpers and what the checks read from the contract. Anything here may change in any release.
 */
package dev.wamock.assertions.internal;
