package dev.wamock.scenarios;

/**
 * Status of the display name (the {@code name_status} field).
 *
 * <p>Constants mirror the contract's {@code WhatsAppDisplayNameStatus} enum; {@code ContractEnumsTest} fails if they drift.
 */
public enum NameStatus {
    /** The display name was approved. */
    APPROVED,
    /** The display name can be used without review. */
    AVAILABLE_WITHOUT_REVIEW,
    /** The display name was declined. */
    DECLINED,
    /** The display name's approval expired. */
    EXPIRED,
    /** The display name waits for review. */
    PENDING_REVIEW,
    /** No display name was submitted. */
    NONE
}
