package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.When;
import java.util.List;
import java.util.Objects;

/**
 * What a scenario may look at in a request, without any HTTP: the number, the version, the fields
 * named, the (unredacted, never stored) token that per-token steps count by, and the WhatsApp Business
 * Account that business rate-limit quotas count by.
 *
 * @param numberId the ID of the path: the number's, or the account's on {@code GET /{Version}/{WABA-ID}/phone_numbers}
 *                 ({@link When#number()} and {@link Scope#NUMBER} look at it)
 * @param version  the Graph version of the path, e.g. {@code v23.0}
 * @param fields   the names the request's {@code fields} selected
 * @param token    the access token, or null
 * @param wabaId   the WhatsApp Business Account the request is about ({@code x-business-use-case-usage} is keyed by
 *                 it); {@code numberId} when null
 * @param route    the route the request came by: {@link When#NUMBER_ROUTE} (the default when null) or
 *                 {@link When#MESSAGES_ROUTE} (a send, whose {@code numberId} is the sending number's)
 */
public record RequestFacts(String numberId, String version, List<String> fields, String token, String wabaId,
        String route) {
    /**
     * Checks that {@code numberId} and {@code version} are given and copies {@code fields} (none when {@code null}).
     */
    public RequestFacts {
        Objects.requireNonNull(numberId, "numberId");
        Objects.requireNonNull(version, "version");
        fields = fields == null ? List.of() : List.copyOf(fields);
        wabaId = wabaId == null ? numberId : wabaId;
        route = route == null ? When.NUMBER_ROUTE : route;
    }

    /** Facts of a request of the phone-number endpoint or its list ({@link When#NUMBER_ROUTE}). */
    public RequestFacts(String numberId, String version, List<String> fields, String token, String wabaId) {
        this(numberId, version, fields, token, wabaId, null);
    }

    /** Facts of a request whose business account is not known: {@code wabaId} is {@code numberId}. */
    public RequestFacts(String numberId, String version, List<String> fields, String token) {
        this(numberId, version, fields, token, null, null);
    }

    @Override
    public String toString() {
        return "RequestFacts[number=" + numberId + ", waba=" + wabaId + ", version=" + version + ", fields=" + fields + ", route=" + route + "]";
    }
}
