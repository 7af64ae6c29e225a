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
 * Written by a {@link PackedTextWriter}, read back by a {@link Reader}.
 */
final class PackedTexts {
    static final int NULL = 0;
    static final int COMMON_TEXT = 1;
    static final int LATIN1 = 2;
    static final int UTF16 = 3;
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

    /** The index of {@code s} among {@link #COMMON}, or null: only a text as long as a common one is hashed. */
    static Integer common(String s) {
        return s.length() < COMMON_LENGTHS.length && COMMON_LENGTHS[s.length()] ? INDEX.get(s) : null;
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

    /** Reads back what a {@link PackedTextWriter} wrote, in the same order. */
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
