/**
 * {@link dev.wamock.testcontainers.WamockContainer}: the {@code wamock/mock-server} image under Testcontainers,
 * driven over HTTP through {@link dev.wamock.scenarios.WamockControl}, so a test body written against the in-process
 * server runs against the container unchanged.
 */
package dev.wamock.testcontainers;
