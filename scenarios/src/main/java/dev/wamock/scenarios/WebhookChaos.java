package dev.wamock.scenarios;

import java.time.Duration;
import java.util.Objects;

/**
 * Chaos for webhook deliveries, as trigger × effect: each effect fires with its own probability (the trigger; 0 never,
 * 1 always, drawn from a generator seeded by {@code seed} so a run repeats). Immutable; start from {@link #none()}.
 * Per message: {@code outOfOrder} (its statuses come in reverse order, each still carrying its own timestamp) and
 * {@code readWithoutDelivered} (no {@code delivered} status). Per delivery: {@code duplicated} (POSTed a second time,
 * under its own delivery ID), {@code delayed} (due {@code delayBy} later on the scenario clock) and {@code dropped}
 * (never POSTed).
 *
 * @param outOfOrder           probability that a message's statuses come in reverse order
 * @param duplicated           probability that a delivery is POSTed twice
 * @param delayed              probability that a delivery is due {@code delayBy} later
 * @param delayBy              the extra wait of a delayed delivery, on the scenario clock
 * @param readWithoutDelivered probability that a message gets {@code read} without {@code delivered}
 * @param dropped              probability that a delivery is never POSTed
 * @param seed                 the seed of the draws
 */
public record WebhookChaos(double outOfOrder, double duplicated, double delayed, Duration delayBy,
                           double readWithoutDelivered, double dropped, long seed) {
    private static final WebhookChaos NONE = new WebhookChaos(0, 0, 0, Duration.ZERO, 0, 0, 0);

    /**
     * Checks each probability is within 0..1 and the delay is not negative.
     *
     * @throws IllegalArgumentException naming the component, its value and the rule
     */
    public WebhookChaos {
        Objects.requireNonNull(delayBy, "delayBy");
        check("outOfOrder", outOfOrder);
        check("duplicated", duplicated);
        check("delayed", delayed);
        check("readWithoutDelivered", readWithoutDelivered);
        check("dropped", dropped);
        if (delayBy.isNegative()) {
            throw new IllegalArgumentException("delayBy must not be negative but was " + delayBy);
        }
    }

    private static void check(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " is a probability from 0 to 1 but was " + p);
        }
    }

    /** No chaos: every delivery once, in order, on time. */
    public static WebhookChaos none() {
        return NONE;
    }

    /** A copy whose messages' statuses come in reverse order with {@code probability}. */
    public WebhookChaos outOfOrder(double probability) {
        return new WebhookChaos(probability, duplicated, delayed, delayBy, readWithoutDelivered, dropped, seed);
    }

    /** A copy that POSTs a delivery twice with {@code probability}. */
    public WebhookChaos duplicated(double probability) {
        return new WebhookChaos(outOfOrder, probability, delayed, delayBy, readWithoutDelivered, dropped, seed);
    }

    /** A copy that delays a delivery by {@code by} (scenario clock) with {@code probability}. */
    public WebhookChaos delayed(double probability, Duration by) {
        return new WebhookChaos(outOfOrder, duplicated, probability, by, readWithoutDelivered, dropped, seed);
    }

    /** A copy that leaves a message's {@code delivered} status out with {@code probability}. */
    public WebhookChaos readWithoutDelivered(double probability) {
        return new WebhookChaos(outOfOrder, duplicated, delayed, delayBy, probability, dropped, seed);
    }

    /** A copy that never POSTs a delivery with {@code probability}. */
    public WebhookChaos dropped(double probability) {
        return new WebhookChaos(outOfOrder, duplicated, delayed, delayBy, readWithoutDelivered, probability, seed);
    }

    /** A copy whose draws start from {@code value}. */
    public WebhookChaos seed(long value) {
        return new WebhookChaos(outOfOrder, duplicated, delayed, delayBy, readWithoutDelivered, dropped, value);
    }
}
