/**
 * Internal: not API. The proxy mode: a server's HTTP port also acts as a forward proxy for
 * {@code graph.facebook.com} alone, tunnelling {@code CONNECT graph.facebook.com:443} to the server's own HTTPS
 * listener and refusing every other host without contacting it ({@link dev.wamock.server.internal.proxy.ProxyGate},
 * {@link dev.wamock.server.internal.proxy.ProxyRule}, {@link dev.wamock.server.internal.proxy.GraphTunnels}).
 * Anything here may change in any release.
 */
package dev.wamock.server.internal.proxy;
