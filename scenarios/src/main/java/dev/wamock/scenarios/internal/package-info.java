/**
 * Internal: not API. Jackson mappers, bounded file reading and helpers of the {@code dev.wamock.scenarios}
 * package; public only so wamock's other modules can share them. Anything here may change in any release.
 */
package dev.wamock.scenarios.internal;
