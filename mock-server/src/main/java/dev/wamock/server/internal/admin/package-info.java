/**
 * Internal: not API. The admin API under {@code /__wamock/} ({@link dev.wamock.server.internal.admin.AdminRoutes}) and
 * what keeps web pages and the network away from it ({@link dev.wamock.server.internal.admin.AdminGuard},
 * {@link dev.wamock.server.internal.admin.AdminHosts}); the health body, the CA certificate route and the dashboard's
 * files. The journal's admin routes are in {@link dev.wamock.server.internal.journal}. Anything here may change in
 * any release.
 */
package dev.wamock.server.internal.admin;
