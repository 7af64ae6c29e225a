/**
 * Internal: not API. The server's routes, handlers, admin API, journal and Jetty set-up behind
 * {@link dev.wamock.server.WamockServer}; public only where another package of wamock needs it. Anything here may
 * change in any release.
 */
package dev.wamock.server.internal;
