package dev.wamock.server.internal.webhooks;

import java.util.Random;

/** The seeded draws of a session's webhook chaos: the same seed and the same deliveries give the same faults. */
final class ChaosDraws {
    private Random random = new Random(0);

    /** Whether an effect of this probability fires now: 0 never draws, 1 always fires without drawing. */
    synchronized boolean fires(double probability) {
        if (probability <= 0) {
            return false;
        }
        return probability >= 1 || random.nextDouble() < probability;
    }

    /** Starts the draws again from {@code seed}. */
    synchronized void reseed(long seed) {
        random = new Random(seed);
    }
}
