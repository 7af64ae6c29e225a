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
    /** 50 business-initiated conversations in 24 hours (documented). */
    TIER_50(true),
    /** 250 business-initiated conversations in 24 hours (documented). */
    TIER_250(true),
    /** 1,000 business-initiated conversations in 24 hours (documented). */
    TIER_1K(true),
    /** 2,000 business-initiated conversations in 24 hours; sent by production, not documented. */
    TIER_2K(false),
    /** 10,000 business-initiated conversations in 24 hours (documented). */
    TIER_10K(true),
    /** 100,000 business-initiated conversations in 24 hours (documented). */
    TIER_100K(true),
    /** No tier assigned yet; sent by production, not documented. */
    TIER_NOT_SET(false),
    /** No limit on business-initiated conversations (documented). */
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
