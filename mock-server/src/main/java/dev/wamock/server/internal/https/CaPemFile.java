package dev.wamock.server.internal.https;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CA certificate in a temporary file, for clients that take a file ({@code curl --cacert}, Node's {@code ca},
 * {@code NODE_EXTRA_CA_CERTS}), deleted when the server stops. Where none can be written (the image has no
 * {@code /tmp}) the server runs without it, and says where else the certificate is.
 */
final class CaPemFile {
    private final Path file;
    private final String problem;

    private CaPemFile(Path file, String problem) {
        this.file = file;
        this.problem = problem;
    }

    static CaPemFile write(String pem) {
        Path file = null;
        try {
            file = Files.createTempFile("wamock-ca-", ".pem");
            Files.writeString(file, pem);
            return new CaPemFile(file, null);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            return new CaPemFile(null, "the CA certificate could not be written to a file in "
                    + System.getProperty("java.io.tmpdir") + " (" + e + ")");
        }
    }

    /** @throws IllegalStateException when it could not be written, naming why and where else the certificate is */
    Path path() {
        if (file == null) {
            throw new IllegalStateException(problem + "; the same certificate is at caCertificatePem() and"
                    + " GET /__wamock/ca.pem");
        }
        return file;
    }

    boolean exists() {
        return file != null;
    }

    void delete() {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // nothing worth keeping was written
        }
    }
}
