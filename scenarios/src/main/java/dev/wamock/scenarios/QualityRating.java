package dev.wamock.scenarios;

/**
 * Quality rating based on message delivery and user feedback (the {@code quality_rating} field).
 *
 * <p>Constants mirror the contract's {@code WhatsAppPhoneNumberQualityRating} enum; {@code ContractEnumsTest} fails if they drift.
 */
public enum QualityRating {
    /** High quality. */
    GREEN,
    /** Medium quality. */
    YELLOW,
    /** Low quality. */
    RED,
    /** Not rated yet. */
    NA
}
