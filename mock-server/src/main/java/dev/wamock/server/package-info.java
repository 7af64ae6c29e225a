/**
 * The mock server: {@link dev.wamock.server.WamockServer} starts one in the test's JVM (on Javalin and Jetty, port 0
 * by default) and drives it through {@link dev.wamock.scenarios.WamockControl}; {@link dev.wamock.server.ServerOptions}
 * and {@link dev.wamock.server.ProfileOptions} hold what it starts with.
 */
package dev.wamock.server;
