/**
 * The JUnit 5 extension: {@link dev.wamock.junit.WamockTest} on a test class (or
 * {@link dev.wamock.junit.WamockExtension#builder()} with {@code @RegisterExtension}) starts a wamock server per test
 * on a free port and injects a {@link dev.wamock.junit.WamockHandle}; {@link dev.wamock.junit.WamockScenario}
 * activates a scenario first, and {@link dev.wamock.junit.WamockInstance} injects into fields.
 */
package dev.wamock.junit;
