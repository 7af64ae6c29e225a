package dev.wamock.scenarios.engine.state;

import dev.wamock.scenarios.MessagingLimits;
import java.util.Objects;

/**
 * What every session of a store starts from.
 *
 * @param catalogue       the scenarios a session may activate by name
 * @param startScenario   the scenario active in a fresh or reset session, or null for none
 * @param journalCapacity how many entries each session's journal keeps
 * @param messagingLimits the limits of WhatsApp's rules on sends ({@link SessionState#messaging()})
 */
public record StateConfig(ScenarioCatalogue catalogue, String startScenario, int journalCapacity,
                          MessagingLimits messagingLimits) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException when {@code startScenario} is unknown or the capacity is below 1
     */
    public StateConfig {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(messagingLimits, "messagingLimits");
        if (startScenario != null) {
            catalogue.resolve(startScenario);
        }
        if (journalCapacity < 1) {
            throw new IllegalArgumentException("journal capacity must be at least 1 but was " + journalCapacity);
        }
    }

    /** The same with Meta's documented limits on sends ({@link MessagingLimits#defaults()}). */
    public StateConfig(ScenarioCatalogue catalogue, String startScenario, int journalCapacity) {
        this(catalogue, startScenario, journalCapacity, MessagingLimits.defaults());
    }
}
