/**
 * Internal: not API. A journal read as what the client did, behind {@link dev.wamock.assertions.JournalAssert}: the
 * {@link dev.wamock.assertions.internal.journal.EntryFacts facts} of one entry, the client's
 * {@link dev.wamock.assertions.internal.journal.Attempts attempts} per number (with transport repeats),
 * {@link dev.wamock.assertions.internal.journal.Retries retries}, requests in flight at once, the
 * {@link dev.wamock.assertions.internal.journal.Timeline timeline} every failure prints, and the journal-level
 * {@link dev.wamock.assertions.internal.journal.JournalRules rules} with their failure messages. Anything here may
 * change in any release.
 */
package dev.wamock.assertions.internal.journal;
