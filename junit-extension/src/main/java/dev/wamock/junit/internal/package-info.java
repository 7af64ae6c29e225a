/**
 * Internal: not API. The extension's lifecycle, its store of servers and the warm-up behind
 * {@link dev.wamock.junit.WamockExtension}. Anything here may change in any release.
 */
package dev.wamock.junit.internal;
