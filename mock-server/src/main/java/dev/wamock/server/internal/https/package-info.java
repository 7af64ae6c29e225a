/**
 * Internal: not API. A server's HTTPS listener ({@link dev.wamock.server.internal.https.HttpsEndpoint}) and its trust
 * material: a CA and leaf made for the run, or a given PKCS#12 keystore
 * ({@link dev.wamock.server.internal.https.TlsMaterial}), and the CA certificate as a file. Only a server with HTTPS
 * on loads these classes. The proxy mode built on it is {@link dev.wamock.server.internal.proxy}. Anything here may
 * change in any release.
 */
package dev.wamock.server.internal.https;
