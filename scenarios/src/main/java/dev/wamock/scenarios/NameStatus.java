package dev.wamock.scenarios;

/**
 * Status of the display name (the {@code name_status} field).
 *
 * <p>Constants mirror the contract's {@code WhatsAppDisplayNameStatus} enum; {@code ContractEnumsTest} fails if they drift.
 */
public enum NameStatus {
    APPROVED,
    AVAILABLE_WITHOUT_REVIEW,
    DECLINED,
    EXPIRED,
    PENDING_REVIEW,
    NONE
}
