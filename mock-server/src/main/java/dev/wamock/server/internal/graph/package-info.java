/**
 * Internal: not API. The Graph endpoint wamock mocks, {@code GET /{Version}/{WhatsApp-Account-Number-ID}}, and its list
 * edge {@code /{Version}/{WABA-ID}/phone_numbers}: the checks (token, version, ID, {@code fields}), the bodies, the
 * scenario step's effects on the wire ({@link dev.wamock.server.internal.graph.ChaosResponder}), and the headers and
 * envelopes every Graph-shaped answer carries ({@link dev.wamock.server.internal.graph.GraphResponses}). The errors
 * these answers may be are in {@link dev.wamock.server.internal.errors}. Anything here may change in any release.
 */
package dev.wamock.server.internal.graph;
