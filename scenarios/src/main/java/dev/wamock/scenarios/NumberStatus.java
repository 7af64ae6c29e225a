package dev.wamock.scenarios;

/**
 * Current status of a WhatsApp account number (the {@code status} field).
 *
 * <p>Constants mirror the contract's {@code WhatsAppAccountNumberStatus} enum; {@code ContractEnumsTest} fails if they drift.
 */
public enum NumberStatus {
    /** The number is connected and can send messages. */
    CONNECTED,
    /** The number is disconnected. */
    DISCONNECTED,
    /** The number has not been verified. */
    UNVERIFIED,
    /** The number's registration is pending. */
    PENDING,
    /** The number is flagged for low quality. */
    FLAGGED,
    /** The number is restricted from messaging for now. */
    RESTRICTED
}
