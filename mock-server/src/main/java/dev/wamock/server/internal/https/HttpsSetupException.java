package dev.wamock.server.internal.https;

/** The HTTPS listener cannot be set up (a keystore that cannot be read or used); the message names the fix. */
public final class HttpsSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HttpsSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
