package dev.wamock.server.internal.journal;

import java.util.Map;

/** Writes texts and counts into a byte array, as {@link PackedTexts} describes them; read back by its {@code Reader}. */
final class PackedTextWriter {
    private static final int START_BYTES = 512;
    /** Each request thread's writer, reused: its buffer is copied out by {@link #bytes()}. */
    private static final ThreadLocal<PackedTextWriter> REUSED = ThreadLocal.withInitial(PackedTextWriter::new);

    private byte[] out = new byte[START_BYTES];
    private int size;
    /** How many entries the map begun last has had so far. */
    private int pairs;

    /** This thread's writer, emptied (and its buffer shrunk back when a large entry grew it). */
    static PackedTextWriter reused() {
        PackedTextWriter w = REUSED.get();
        w.size = 0;
        if (w.out.length > 64 * START_BYTES) {
            w.out = new byte[START_BYTES];
        }
        return w;
    }

    void text(String s) {
        if (s == null) {
            write(PackedTexts.NULL);
            return;
        }
        Integer common = PackedTexts.common(s);
        if (common != null) {
            write(PackedTexts.COMMON_TEXT);
            number(common);
            return;
        }
        int start = size;
        int n = s.length();
        write(PackedTexts.LATIN1);
        number(n);
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                size = start; // written as one byte a character so far: again, two bytes each
                utf16(s);
                return;
            }
            out[size++] = (byte) c;
        }
    }

    /**
     * The text whose characters are {@code ascii}'s bytes, all below 0x80 (what {@link #text} writes for that text,
     * but for a common one's index; read back, both give the same text).
     */
    void ascii(byte[] ascii) {
        write(PackedTexts.LATIN1);
        number(ascii.length);
        room(ascii.length);
        System.arraycopy(ascii, 0, out, size, ascii.length);
        size += ascii.length;
    }

    private void utf16(String s) {
        write(PackedTexts.UTF16);
        number(s.length());
        room(2 * s.length());
        for (int i = 0; i < s.length(); i++) {
            out[size++] = (byte) (s.charAt(i) >>> 8);
            out[size++] = (byte) s.charAt(i);
        }
    }

    /** A count of 0 or more, or -1 for none; seven bits a byte. */
    void number(int n) {
        int v = n + 1;
        while (v >= 0x80) {
            write(v & 0x7F | 0x80);
            v >>>= 7;
        }
        write(v);
    }

    void map(Map<String, String> map) {
        int at = beginMap();
        map.forEach(this::pair);
        endMap(at);
    }

    /** Starts a map whose size is not known yet: {@link #pair} each entry, then {@link #endMap}. */
    int beginMap() {
        pairs = 0;
        write(0); // the count's first byte, set by endMap
        return size - 1;
    }

    /** One entry of the map begun last. */
    void pair(String name, String value) {
        text(name);
        text(value);
        pairs++;
    }

    /** Writes the count of the map begun at {@code at} in front of its entries. */
    void endMap(int at) {
        int v = pairs + 1;
        if (v < 0x80) {
            out[at] = (byte) v;
            return;
        }
        byte[] count = new byte[5]; // seven bits a byte, as number() writes it
        int n = 0;
        for (; v >= 0x80; v >>>= 7) {
            count[n++] = (byte) (v & 0x7F | 0x80);
        }
        count[n++] = (byte) v;
        room(n - 1);
        System.arraycopy(out, at + 1, out, at + n, size - at - 1);
        System.arraycopy(count, 0, out, at, n);
        size += n - 1;
    }

    byte[] bytes() {
        return java.util.Arrays.copyOf(out, size);
    }

    private void write(int b) {
        room(1);
        out[size++] = (byte) b;
    }

    private void room(int more) {
        if (size + more > out.length) {
            out = java.util.Arrays.copyOf(out, Math.max(2 * out.length, size + more));
        }
    }

    private static boolean latin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
