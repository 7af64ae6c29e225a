/**
 * Internal: not API. The rules one journaled request follows, behind {@link dev.wamock.assertions.JournalEntryAssert}
 * and the {@code everyRequest…} assertions of {@link dev.wamock.assertions.JournalAssert}: each
 * {@link dev.wamock.assertions.internal.request.RequestRule} says its rule in words and what a request that breaks it
 * did, and one message layout serves them all. Anything here may change in any release.
 */
package dev.wamock.assertions.internal.request;
