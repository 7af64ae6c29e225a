/**
 * Internal: not API. How a request that fails is answered, by whose doing it failed: the Graph errors the endpoint
 * answers as the profile shapes them ({@link dev.wamock.server.internal.errors.ProfileErrors}), thrown as a
 * {@link dev.wamock.server.internal.errors.GraphErrorException} that the exception mapper writes; the client's doing
 * (hung up, malformed request: {@link dev.wamock.server.internal.errors.ClientFailures}, and Jetty's own rejections:
 * {@link dev.wamock.server.internal.errors.JsonErrorHandler}); a state store that cannot answer
 * ({@link dev.wamock.server.internal.errors.StateFailures}); and wamock's own bugs, never answered as Graph would
 * ({@link dev.wamock.server.internal.errors.InternalErrors}). Anything here may change in any release.
 */
package dev.wamock.server.internal.errors;
