package dev.wamock.scenarios.internal;

import java.util.Collection;
import java.util.Comparator;

/** "did you mean …" hints for names users mistype. Internal. */
public final class Suggestions {
    private Suggestions() {
    }

    /** {@code "; did you mean 'x'?"} for the closest candidate within a small edit distance, else "". */
    public static String didYouMean(String given, Collection<String> candidates) {
        if (given == null) {
            return "";
        }
        String g = given.toLowerCase();
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(g, c.toLowerCase())))
                .filter(c -> distance(g, c.toLowerCase()) <= Math.max(2, c.length() / 3))
                .or(() -> g.length() < 3 ? java.util.Optional.empty()
                        : candidates.stream().filter(c -> c.toLowerCase().contains(g)).findFirst())
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
