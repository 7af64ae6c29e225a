/**
 * Internal: not API. Helpers of {@link dev.wamock.testcontainers.WamockContainer}. Anything here may change in any
 * release.
 */
package dev.wamock.testcontainers.internal;
