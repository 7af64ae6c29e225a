package dev.wamock.server.internal.graph;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a raw query string's percent-encoding and UTF-8, which the servlet layer would otherwise
 * drop silently ({@code ?fields=%zz} must be an error, not the default fields).
 */
public final class QueryEncoding {
    private QueryEncoding() {
    }

    /** Whether {@code rawQuery} (or a raw path) is well percent-encoded UTF-8; null is. */
    public static boolean isValid(String rawQuery) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawQuery.length());
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawQuery.length() || hex(rawQuery.charAt(i + 1)) < 0 || hex(rawQuery.charAt(i + 2)) < 0) {
                    return false;
                }
                bytes.write(hex(rawQuery.charAt(i + 1)) * 16 + hex(rawQuery.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c & 0x7f);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
