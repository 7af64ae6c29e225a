package dev.wamock.server.internal.https;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;

/** A PKCS#12 file given with {@code --keystore}: its first key entry and that key's chain. */
final class GivenKeystore {
    private GivenKeystore() {
    }

    /** @throws HttpsSetupException naming the file, what is wrong with it and the fix */
    static TlsMaterial read(Path file, String password) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
        } catch (NoSuchFileException e) {
            throw fail(file, "no such file; give the path of a PKCS#12 file (.p12)", e);
        } catch (IOException e) {
            String why = e.getCause() instanceof java.security.UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password")
                    ? "wrong password (" + e.getMessage() + "); check --keystore-password (WAMOCK_KEYSTORE_PASSWORD)"
                    : "cannot be read as PKCS#12 (" + e.getMessage() + "); give a PKCS#12 file (.p12), e.g. from"
                    + " keytool -genkeypair -storetype PKCS12";
            throw fail(file, why, e);
        } catch (GeneralSecurityException e) {
            throw fail(file, "cannot be read as PKCS#12 (" + e.getMessage() + ")", e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate[] chain = store.getCertificateChain(alias);
                    store.getKey(alias, secret); // a key password other than the store's fails here, not in Jetty
                    if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
                        throw fail(file, "key '" + alias + "' has no X.509 certificate chain", null);
                    }
                    return new TlsMaterial(store, secret, (X509Certificate) chain[chain.length - 1], leaf);
                }
            }
        } catch (GeneralSecurityException e) {
            throw fail(file, "its key cannot be read with the keystore password (" + e.getMessage() + "); the key's"
                    + " password must be the keystore's", e);
        }
        throw fail(file, "holds no private key, only certificates; give a keystore with the server's key and chain", null);
    }

    private static HttpsSetupException fail(Path file, String why, Throwable cause) {
        return new HttpsSetupException("keystore " + file + ": " + why, cause);
    }
}
