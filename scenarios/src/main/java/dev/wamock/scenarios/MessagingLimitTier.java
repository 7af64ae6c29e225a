package dev.wamock.scenarios;

/**
 * Messaging limit tier (the {@code messaging_limit_tier} field).
 *
 * <p>The six documented tiers plus the two that production sends today ({@link #TIER_2K},
 * {@link #TIER_NOT_SET}); {@link #documented()} tells which is which. The contract holds both sets
 * ({@code WhatsAppAccountNumber.messaging_limit_tier} and {@code ObservedMessagingLimitTier});
 * {@code ContractEnumsTest} fails if they drift.
 */
public enum MessagingLimitTier {
    TIER_50(true),
    TIER_250(true),
    TIER_1K(true),
    TIER_2K(false),
    TIER_10K(true),
    TIER_100K(true),
    TIER_NOT_SET(false),
    TIER_UNLIMITED(true);

    private final boolean documented;

    MessagingLimitTier(boolean documented) {
        this.documented = documented;
    }

    /** Whether endpoint.md documents this tier; the others come from production traffic. */
    public boolean documented() {
        return documented;
    }
}
