package dev.wamock.server.internal.admin;

import dev.wamock.server.internal.journal.JournalSink;
import dev.wamock.server.internal.state.ServerState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code GET /__wamock/health}: {@code status} is {@code UP} while the server answers (a
 * failing journal file does not make it DOWN or DEGRADED: the endpoint and the in-memory journal still
 * work, and a health check must not restart the mock and lose that journal); with a journal file,
 * {@code journalFile} says whether it takes every entry: {@code state} ({@code ok}, or {@code failing}
 * while writes fail), {@code written}, {@code lost}, {@code path}, and {@code error} while failing; {@code state}
 * names where sessions' state lives ({@code memory}, or a shared store's URI without its password); with HTTPS on,
 * {@code https} gives its {@code url}, the CA's {@code caPemFile} and whether the HTTP port is the Graph {@code proxy}.
 */
final class Health {
    private Health() {
    }

    static Map<String, Object> of(ServerState state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("state", state.store().describe());
        if (state.https() != null) {
            body.put("https", state.https().health());
        }
        JournalSink sink = state.sink();
        if (sink != null) {
            body.put("journalFile", sink.health());
        }
        return body;
    }
}
