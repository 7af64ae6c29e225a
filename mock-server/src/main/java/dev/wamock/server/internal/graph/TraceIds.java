package dev.wamock.server.internal.graph;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh Graph-looking trace and request IDs ({@code AXsgnV2Cm3ZMGF3dF_cfYIn}). */
public final class TraceIds {
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

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
        char[] out = new char[length];
        out[0] = first;
        for (int i = 1; i < length; i++) {
            out[i] = ALPHABET[r.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
