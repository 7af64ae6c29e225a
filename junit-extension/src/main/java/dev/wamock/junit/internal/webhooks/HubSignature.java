package dev.wamock.junit.internal.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Meta's {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the exact body. Internal. */
public final class HubSignature {
    /** The header's name. */
    public static final String HEADER = "X-Hub-Signature-256";

    private HubSignature() {
    }

    /** {@code sha256=<hex>} of {@code body} with {@code appSecret}. */
    public static String of(byte[] body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** Whether {@code header} is the signature of {@code body} with {@code appSecret} (compared in constant time). */
    public static boolean matches(String header, byte[] body, String appSecret) {
        if (header == null) {
            return false;
        }
        byte[] expected = of(body, appSecret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.trim().toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII));
    }
}
