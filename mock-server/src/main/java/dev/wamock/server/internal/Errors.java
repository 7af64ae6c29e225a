package dev.wamock.server.internal;

import dev.wamock.scenarios.DocumentedErrors;
import dev.wamock.scenarios.GraphError;

/** The errors the server answers on its own, each built from the documented catalogue where one fits. */
public final class Errors {
    private Errors() {
    }

    public static GraphFailure missingToken() {
        return GraphFailure.of(DocumentedErrors.named("invalid-token"));
    }

    public static GraphFailure badVersion(String version) {
        return GraphFailure.of(DocumentedErrors.named("invalid-parameter").withMessage(
                "Invalid parameter: version '" + version + "' must look like v23.0"));
    }

    public static GraphFailure badId() {
        return GraphFailure.of(DocumentedErrors.named("invalid-parameter"));
    }

    public static GraphFailure unknownNumber() {
        return GraphFailure.of(DocumentedErrors.named("not-found"));
    }

    public static GraphFailure unknownField() {
        return GraphFailure.of(DocumentedErrors.named("fields-unavailable"));
    }

    public static GraphFailure emptyFields() {
        return GraphFailure.of(DocumentedErrors.named("invalid-parameter").withMessage(
                "Invalid parameter: fields must name at least one field"));
    }

    public static GraphFailure badQueryEncoding() {
        return new GraphFailure(400, protocol(400, "invalid percent-encoding or UTF-8 in the query string"));
    }

    public static GraphFailure unknownPath(String path) {
        return new GraphFailure(404, GraphError.of("Unknown path components: " + path, "OAuthException", 2500));
    }

    public static GraphFailure unsupportedMethod(String method) {
        return new GraphFailure(405, GraphError.of("Unsupported " + method.toLowerCase()
                + " request. This endpoint only supports GET.", "GraphMethodException", 100));
    }

    /** An HTTP-level failure (bad URI, header too large, …) answered before any route ran. */
    public static GraphError protocol(int status, String reason) {
        String message = reason == null || reason.isBlank() ? "Malformed request (HTTP " + status + ")" : reason;
        return GraphError.of("Malformed request: " + message, "OAuthException", 100);
    }

    /** A fault of wamock itself; never expected, and marked transient like Graph's code 1. */
    public static GraphFailure internal() {
        return new GraphFailure(500, GraphError.of("An unknown error has occurred.", "OAuthException", 1)
                .withTransient(true));
    }
}
