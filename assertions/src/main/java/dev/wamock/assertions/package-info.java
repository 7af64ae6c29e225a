/**
 * AssertJ assertions for the endpoint: {@link dev.wamock.assertions.WamockAssertions} is the entry point (beside
 * AssertJ's own {@code Assertions}, not instead of it) for a response (schema, account-number fields, documented
 * errors) and for a journal (what the client sent, how it retried and backed off);
 * {@link dev.wamock.assertions.WamockSoftAssertions} collects failures. Each {@code AbstractXAssert} has a thin
 * concrete class, as AssertJ's own assertions do.
 */
package dev.wamock.assertions;
