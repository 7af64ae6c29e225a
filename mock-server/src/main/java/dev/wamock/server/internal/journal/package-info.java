/**
 * Internal: not API. The journal, from a request's arrival to its reader: the draft of a request's entry filled in
 * while it is answered ({@link dev.wamock.server.internal.journal.EntryDraft}) and packed into an entry, its tokens
 * redacted, once answered ({@link dev.wamock.server.internal.journal.JournalWriter},
 * {@link dev.wamock.server.internal.journal.DraftPacking}, {@link dev.wamock.server.internal.journal.Redaction}); the
 * bounded in-memory ring
 * ({@link dev.wamock.server.internal.journal.JournalRecorder}, {@link dev.wamock.server.internal.journal.PackedEntry});
 * the JSON Lines file ({@link dev.wamock.server.internal.journal.JournalSink}); and the admin API's reads and live
 * streams ({@link dev.wamock.server.internal.journal.JournalReads},
 * {@link dev.wamock.server.internal.journal.JournalStreams}). Anything here may change in any release.
 */
package dev.wamock.server.internal.journal;
