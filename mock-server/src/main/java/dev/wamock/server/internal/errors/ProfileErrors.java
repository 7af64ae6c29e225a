package dev.wamock.server.internal.errors;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.DocumentedErrors;
import dev.wamock.scenarios.GraphError;
import dev.wamock.server.ProfileOptions;
import java.util.Map;

/**
 * The Graph errors the endpoint answers on its own, shaped by the profile: as endpoint.md documents them, or
 * as production Graph sends them (real-graph-behaviour.md; the row of each rule is noted). Each is made here and
 * thrown as a {@link GraphErrorException}; a scenario's scripted error is reshaped here too ({@link #shape}).
 */
public final class ProfileErrors {
    /**
     * The field graph-observed names when a scenario scripts the unknown-field error (a 422 code 100, as the
     * {@code http-422} built-in does): the request named only known fields, so the error names this one.
     */
    public static final String SCRIPTED_UNKNOWN_FIELD = "unknown_field";

    private static final Map<String, Object> WHATSAPP_DATA = Map.of("messaging_product", "whatsapp",
            "details", "Rate limit hit. Wait a bit and try again.");

    private final ProfileOptions profile;

    /** The errors as {@code profile} answers them. */
    public ProfileErrors(ProfileOptions profile) {
        this.profile = profile;
    }

    /** No token at all (row 5: code 104 in production). */
    public GraphErrorException missingToken() {
        if (profile.observed()) {
            return new GraphErrorException(profile.tokenErrorStatus(),
                    GraphError.of("An access token is required to request this resource.", "OAuthException", 104));
        }
        return GraphErrorException.of(DocumentedErrors.named("invalid-token"));
    }

    /** A token that is not the required one, or whose kind says it is bad (row 6: subcodes by kind). */
    public GraphErrorException badToken(int subcode, String message) {
        if (profile.observed()) {
            return new GraphErrorException(profile.tokenErrorStatus(),
                    GraphError.of(message, "OAuthException", 190).withSubcode(subcode));
        }
        return GraphErrorException.of(DocumentedErrors.named("invalid-token"));
    }

    /** A version segment that is not vNN.N (row 1: code 2500, "Unknown path components"). */
    public GraphErrorException badVersion(String version, String path) {
        if (profile.observed()) {
            return new GraphErrorException(400, GraphError.of("Unknown path components: " + path, "OAuthException", 2500));
        }
        return GraphErrorException.of(DocumentedErrors.named("invalid-parameter").withMessage(
                "Invalid parameter: version '" + version + "' must look like v23.0"));
    }

    /** An ID that is not numeric (graph-observed: the "Unsupported get request" 400 / 100 / 33). */
    public GraphErrorException badId(String id) {
        if (profile.observed()) {
            return unsupportedGet(id);
        }
        return GraphErrorException.of(DocumentedErrors.named("invalid-parameter"));
    }

    /** An unknown number (row 10: 400 / 100 / 33 in production). */
    public GraphErrorException unknownNumber(String id) {
        return profile.observed() ? unsupportedGet(id) : GraphErrorException.of(DocumentedErrors.named("not-found"));
    }

    private static GraphErrorException unsupportedGet(String id) {
        return new GraphErrorException(400, GraphError.of("Unsupported get request. Object with ID '" + id
                + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation. "
                + "Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
                "GraphMethodException", 100).withSubcode(33));
    }

    /** An unknown name in {@code fields} (row 9: 400, "Tried accessing nonexisting field"). */
    public GraphErrorException unknownField(String field) {
        if (profile.observed()) {
            return new GraphErrorException(400, GraphError.of("(#100) Tried accessing nonexisting field (" + field
                    + ") on node type (WhatsAppBusinessPhoneNumber)", "OAuthException", 100));
        }
        return GraphErrorException.of(DocumentedErrors.named("fields-unavailable"));
    }

    /** {@code fields=} with no name: the documented invalid-parameter 400. */
    public GraphErrorException emptyFields() {
        return GraphErrorException.of(DocumentedErrors.named("invalid-parameter").withMessage(
                "Invalid parameter: fields must name at least one field"));
    }

    /** A query string with invalid percent-encoding or UTF-8: a 400 code 100. */
    public GraphErrorException badQueryEncoding() {
        return new GraphErrorException(400, protocol(400, "invalid percent-encoding or UTF-8 in the query string"));
    }

    /** A path with invalid percent-encoding or UTF-8: a 400 code 100. */
    public GraphErrorException badPathEncoding() {
        return new GraphErrorException(400, protocol(400, "invalid percent-encoding or UTF-8 in the path"));
    }

    /** A path that is not the endpoint: code 2500 "Unknown path components", 404 (graph-observed: 400). */
    public GraphErrorException unknownPath(String path) {
        return new GraphErrorException(profile.observed() ? 400 : 404,
                GraphError.of("Unknown path components: " + path, "OAuthException", 2500));
    }

    /** Another method than GET on the endpoint (graph-observed: "Unsupported … request", 400 / 100 / 33). */
    public GraphErrorException unsupportedMethod(String method, String id) {
        return unsupportedMethod(method, id, "GET");
    }

    /** Another method than {@code allowed} on an edge that takes only that one (the endpoint: GET; sends: POST). */
    public GraphErrorException unsupportedMethod(String method, String id, String allowed) {
        if (profile.observed()) {
            return new GraphErrorException(400, GraphError.of("Unsupported " + method.toLowerCase()
                    + " request. Object with ID '" + id + "' does not exist, cannot be loaded due to missing permissions,"
                    + " or does not support this operation.", "GraphMethodException", 100).withSubcode(33));
        }
        return new GraphErrorException(405, GraphError.of("Unsupported " + method.toLowerCase()
                + " request. This endpoint only supports " + allowed + ".", "GraphMethodException", 100));
    }

    /**
     * A scenario's error as this profile sends it: production's statuses and message forms (rows 7, 12); an
     * unknown number (803) and an unknown field (422 code 100) become the very errors a real one gets (rows 10, 9).
     */
    public Answer.Error shape(Answer.Error e, String numberId) {
        if (!profile.observed()) {
            return e;
        }
        GraphError error = e.error();
        int status = e.status();
        if (error.code() == 190) {
            status = profile.tokenErrorStatus();
        } else if (RATE_LIMIT_CODES.contains(error.code())) {
            status = profile.rateLimitStatus();
            if (!error.message().startsWith("(#")) {
                error = error.withMessage("(#" + error.code() + ") " + error.message());
            }
            if (error.code() >= 80_000 && error.errorData() == null) { // a WhatsApp error keeps its own details
                error = error.withErrorData(WHATSAPP_DATA);
            }
        } else if (error.code() == 803) {
            GraphErrorException unknown = unsupportedGet(numberId);
            return new Answer.Error(e.name(), unknown.httpStatus(), unknown.error(), e.retryAfter());
        } else if (e.status() == 422 && error.code() == 100) {
            GraphErrorException unknown = unknownField(SCRIPTED_UNKNOWN_FIELD);
            return new Answer.Error(e.name(), unknown.httpStatus(), unknown.error(), e.retryAfter());
        } else if (e.status() == 422) {
            status = 400;
        }
        return new Answer.Error(e.name(), status, error, e.retryAfter());
    }

    private static final java.util.Set<Integer> RATE_LIMIT_CODES = java.util.Set.of(4, 17, 32, 613, 80007, 80008, 130429);

    /** An HTTP-level failure (bad URI, header too large, …) answered before any route ran. */
    public static GraphError protocol(int status, String reason) {
        String message = reason == null || reason.isBlank() ? "Malformed request (HTTP " + status + ")" : reason;
        return GraphError.of("Malformed request: " + message, "OAuthException", 100);
    }

    /** Production's {@code WWW-Authenticate} for an error (row 8), or null in the documented profile. */
    public String wwwAuthenticate(GraphError error) {
        if (!profile.observed()) {
            return null;
        }
        String kind = error.code() == 190 || error.code() == 104 ? "invalid_token"
                : error.code() == 803 || (error.code() == 100 && Integer.valueOf(33).equals(error.subcode())) ? "not_found"
                : "invalid_request";
        return "OAuth \"Facebook Platform\" \"" + kind + "\" \"" + error.message().replace("\"", "'") + "\"";
    }

    // The list edge, GET /{Version}/{WABA-ID}/phone_numbers

    /** The documented answer to an unknown account: the 404 of Meta's list operation (the contract's example). */
    static final String ACCOUNT_NOT_FOUND = "WhatsApp Business Account not found";

    /** An ID that is no fixture's {@code waba_id}: 404 code 803 (graph-observed: 400 / 100 / 33, as for numbers). */
    public GraphErrorException unknownAccount(String id) {
        return profile.observed() ? unsupportedGet(id)
                : GraphErrorException.of(DocumentedErrors.named("not-found").withMessage(ACCOUNT_NOT_FOUND));
    }

    /**
     * A {@code limit} that is not a whole number from {@code min} to {@code max}: 400 code 100 (graph-observed, above
     * the maximum: production's {@code (#100) The 'limit' parameter should not exceed 100}, kern/fb_scrape issue 2).
     * The message names {@code defaultLimit}, the page size when {@code limit} is left out.
     */
    public GraphErrorException badLimit(String value, int min, int max, int defaultLimit) {
        if (profile.observed() && value.matches("\\d{1,18}") && Long.parseLong(value) > max) {
            return new GraphErrorException(400, GraphError.of("(#100) The 'limit' parameter should not exceed " + max,
                    "OAuthException", 100));
        }
        return invalidParameter("limit must be a whole number from " + min + " to " + max + ", was '" + value
                + "'; leave it out for " + defaultLimit + " a page");
    }

    /**
     * An {@code after} or {@code before} that is no cursor of the account's list: 400 code 100 (graph-observed:
     * production's {@code (#2642) Invalid cursors values}, facebook/facebook-java-business-sdk issue 292).
     */
    public GraphErrorException badCursor(String parameter, String value) {
        if (profile.observed()) {
            return new GraphErrorException(400, GraphError.of("(#2642) Invalid cursors values", "OAuthException", 2642));
        }
        return invalidParameter(parameter + " must be a cursor from this list's paging.cursors, was '" + value + "'");
    }

    /** Both {@code after} and {@code before}: 400 code 100. */
    public GraphErrorException bothCursors() {
        return invalidParameter("give after or before, not both: after pages forward, before pages back");
    }

    private GraphErrorException invalidParameter(String rule) {
        String message = "Invalid parameter: " + rule;
        GraphErrorException documented = GraphErrorException.of(
                DocumentedErrors.named("invalid-parameter").withMessage(message));
        return profile.observed() ? new GraphErrorException(400, documented.error().withMessage("(#100) " + message))
                : documented;
    }
}
