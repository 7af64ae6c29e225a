package dev.wamock.scenarios;

/**
 * Sandbox or live environment (the {@code account_mode} field).
 *
 * <p>Constants mirror the contract's {@code WhatsAppBusinessSandboxEligibility} enum; {@code ContractEnumsTest} fails if they drift.
 */
public enum AccountMode {
    /** The number runs in the live environment. */
    LIVE,
    /** The number runs in the sandbox. */
    SANDBOX
}
