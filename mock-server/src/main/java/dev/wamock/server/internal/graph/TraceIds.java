package dev.wamock.server.internal.graph;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh Graph-looking trace and request IDs ({@code AXsgnV2Cm3ZMGF3dF_cfYIn}). */
public final class TraceIds {
    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.ISO_8859_1);

    private TraceIds() {
    }

    /** A 23-character trace ID starting with 'A', as Graph's {@code fbtrace_id} does. */
    public static String traceId() {
        return random('A', 23);
    }

    /** A 23-character request ID for {@code x-fb-request-id}. */
    public static String requestId() {
        return random('A', 23);
    }

    private static String random(char first, int length) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        byte[] out = new byte[length];
        out[0] = (byte) first;
        long bits = 0;
        for (int i = 1; i < length; i++) {
            if (i % 10 == 1) {
                bits = r.nextLong(); // ten characters of six bits each
            }
            out[i] = ALPHABET[(int) (bits & 63)];
            bits >>>= 6;
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }
}
