package dev.wamock.server.internal.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code X-Hub-Signature-256} header: {@code sha256=} and the lowercase hex HMAC-SHA256 of the body's bytes. */
public final class Signer {
    /** The header's name. */
    public static final String HEADER = "X-Hub-Signature-256";

    private Signer() {
    }

    /** The header's value for {@code body} (as UTF-8 bytes) signed with {@code appSecret}. */
    public static String sign(String appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no HmacSHA256", e);
        }
    }
}
