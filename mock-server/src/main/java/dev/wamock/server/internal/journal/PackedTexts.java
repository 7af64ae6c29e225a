package dev.wamock.server.internal.journal;

import dev.wamock.server.internal.graph.GraphResponses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts of a {@link PackedEntry} in one byte array: each text behind a tag and its length, so any character comes
 * back unchanged (NUL, lone surrogates, U+FFFF). A text of ISO-8859-1 characters takes a byte each, any other two; a
 * text every answer repeats (a Graph header's name or fixed value, a method, a common request header's name) takes one
 * or two bytes, an index into {@link #COMMON}. An endpoint answer's texts take about half the room they took as one
 * string (294 bytes for 533 characters), and so the ring of entries, which every young collection copies under load.
 */
final class PackedTexts {
    private static final int NULL = 0;
    private static final int COMMON_TEXT = 1;
    private static final int LATIN1 = 2;
    private static final int UTF16 = 3;
    /** Texts that recur in most entries. */
    static final List<String> COMMON = common();
    private static final Map<String, Integer> INDEX = index(COMMON);
    /** Whether a common text has that many characters: only a text of such a length is looked up (hashed) in {@link #INDEX}. */
    private static final boolean[] COMMON_LENGTHS = lengths(COMMON);

    private PackedTexts() {
    }

    private static List<String> common() {
        Set<String> texts = new LinkedHashSet<>(List.of("GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH",
                "Host", "Authorization", "User-Agent", "Accept", "Accept-Encoding", "Connection", "Content-Type",
                "Content-Length", "keep-alive", "close", "*/*", "gzip", "Date", "Allow", "WWW-Authenticate",
                GraphResponses.JSON, "application/json;charset=utf-8"));
        GraphResponses.headers("", "", header -> texts.add(header.getName()));
        GraphResponses.FIXED_HEADERS.forEach(header -> texts.add(header.getValue()));
        return List.copyOf(texts);
    }

    private static boolean[] lengths(List<String> texts) {
        boolean[] lengths = new boolean[texts.stream().mapToInt(String::length).max().orElse(0) + 1];
        texts.forEach(text -> lengths[text.length()] = true);
        return lengths;
    }

    private static Map<String, Integer> index(List<String> texts) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            index.put(texts.get(i), i);
        }
        return Map.copyOf(index);
    }

    /** Writes texts and counts into a byte array. */
    static final class Writer {
        private static final int START_BYTES = 512;
        /** Each request thread's writer, reused: its buffer is copied out by {@link #bytes()}. */
        private static final ThreadLocal<Writer> REUSED = ThreadLocal.withInitial(Writer::new);

        private byte[] out = new byte[START_BYTES];
        private int size;
        /** How many entries the map begun last has had so far. */
        private int pairs;

        /** This thread's writer, emptied (and its buffer shrunk back when a large entry grew it). */
        static Writer reused() {
            Writer w = REUSED.get();
            w.size = 0;
            if (w.out.length > 64 * START_BYTES) {
                w.out = new byte[START_BYTES];
            }
            return w;
        }

        void text(String s) {
            if (s == null) {
                write(NULL);
                return;
            }
            Integer common = s.length() < COMMON_LENGTHS.length && COMMON_LENGTHS[s.length()] ? INDEX.get(s) : null;
            if (common != null) {
                write(COMMON_TEXT);
                number(common);
                return;
            }
            int start = size;
            int n = s.length();
            write(LATIN1);
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
            write(LATIN1);
            number(ascii.length);
            room(ascii.length);
            System.arraycopy(ascii, 0, out, size, ascii.length);
            size += ascii.length;
        }

        private void utf16(String s) {
            write(UTF16);
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

    /** Reads back what a {@link Writer} wrote, in the same order. */
    static final class Reader {
        private final byte[] in;
        private int at;

        Reader(byte[] in) {
            this.in = in;
        }

        String text() {
            int tag = in[at++];
            if (tag == NULL) {
                return null;
            }
            int n = number();
            if (tag == COMMON_TEXT) {
                return COMMON.get(n);
            }
            char[] chars = new char[n];
            for (int i = 0; i < n; i++) {
                chars[i] = tag == LATIN1 ? (char) (in[at++] & 0xFF) : (char) ((in[at++] & 0xFF) << 8 | in[at++] & 0xFF);
            }
            return new String(chars);
        }

        int number() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = in[at++];
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v - 1;
                }
            }
        }

        List<String> texts(int count) {
            List<String> texts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                texts.add(text());
            }
            return texts;
        }

        Map<String, String> map() {
            Map<String, String> map = new java.util.LinkedHashMap<>();
            for (int i = number(); i > 0; i--) {
                map.put(text(), text());
            }
            return map;
        }
    }
}
