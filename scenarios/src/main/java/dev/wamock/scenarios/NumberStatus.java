package dev.wamock.scenarios;

/**
 * Current status of a WhatsApp account number (the {@code status} field).
 *
 * <p>Constants mirror the contract's {@code WhatsAppAccountNumberStatus} enum; {@code ContractEnumsTest} fails if they drift.
 */
public enum NumberStatus {
    CONNECTED,
    DISCONNECTED,
    UNVERIFIED,
    PENDING,
    FLAGGED,
    RESTRICTED
}
