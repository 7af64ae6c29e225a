package dev.wamock.scenarios;

/**
 * Two-step verification status (the {@code code_verification_status} field).
 *
 * <p>Constants mirror the contract's {@code WhatsAppCodeVerificationStatus} enum; {@code ContractEnumsTest} fails if they drift.
 */
public enum CodeVerificationStatus {
    /** The number passed code verification. */
    VERIFIED,
    /** The number has not passed code verification. */
    UNVERIFIED
}
