/**
 * Internal: not API. How a wamock server lives in the JVM: the one Jetty server every wamock server shares
 * ({@link dev.wamock.server.internal.jetty.SharedJetty}), which is why a second server starts in about a millisecond;
 * each server's own connector on it ({@link dev.wamock.server.internal.jetty.MountedServer}); the handlers a request
 * acts on, found by the connector it came in on ({@link dev.wamock.server.internal.jetty.ServerHandlers}); the one
 * Javalin configuration with every route and the exception mapper ({@link dev.wamock.server.internal.jetty.Routes});
 * the Jetty system property set before Jetty loads ({@link dev.wamock.server.internal.jetty.JettyProperties}); and the
 * plain-socket GET the warm-up and the class-data archive's training run send
 * ({@link dev.wamock.server.internal.jetty.LoopbackGet}). The warm-up itself is {@link dev.wamock.server.WarmUp}.
 * Anything here may change in any release.
 */
package dev.wamock.server.internal.jetty;
