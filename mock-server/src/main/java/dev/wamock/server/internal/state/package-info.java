/**
 * Internal: not API. Where a server's state lives: what its handlers share
 * ({@link dev.wamock.server.internal.state.ServerState}: options, the state store, the journal file, the requests in
 * flight), the default in-memory store of sessions ({@link dev.wamock.server.internal.state.MemoryStateStore}), which
 * session a request names ({@link dev.wamock.server.internal.state.Sessions},
 * {@link dev.wamock.server.internal.state.SessionPaths}), and one session driven in-process
 * ({@link dev.wamock.server.internal.state.SessionControl}). A shared store (Redis) plugs in through
 * {@code dev.wamock.scenarios.engine.state}. Anything here may change in any release.
 */
package dev.wamock.server.internal.state;
