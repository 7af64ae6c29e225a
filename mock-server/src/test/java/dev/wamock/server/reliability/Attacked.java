package dev.wamock.server.reliability;

/**
 * What one attack came to, once everything that must hold on any machine was asserted: how many hostile
 * requests (or connections) it made, and a normal client's latency just before and during it, which only the
 * stress suite judges ({@link HostileSuiteTest}).
 *
 * @param requests hostile requests or connections the attack made
 * @param baseline the normal client just before the attack
 * @param during   the normal client during the attack (with the idle control server probed meanwhile)
 */
record Attacked(long requests, Latency.Stats baseline, Latency.Stats during) {
}
