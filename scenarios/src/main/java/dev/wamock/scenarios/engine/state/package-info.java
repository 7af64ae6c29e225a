/**
 * The state port: everything that a fleet of wamock replicas, or the sessions of one server, must agree on, behind
 * one small interface ({@link dev.wamock.scenarios.engine.state.StateStore}): per session, the active scenario and its
 * counts, rate-limit windows, the scenario clock, and the journal. The in-memory store of {@code wamock-mock-server}
 * is the default; {@code wamock-state-redis} keeps the same state on Redis for replicas behind a load balancer.
 * Stores are found through {@link dev.wamock.scenarios.engine.state.StateStoreFactory} ({@link java.util.ServiceLoader}).
 * No network code lives here. Not API (see {@link dev.wamock.scenarios.engine}): the port between wamock's own
 * modules, which may change in any release.
 */
package dev.wamock.scenarios.engine.state;
