package dev.wamock.scenarios.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One edit of a file's text at a relative position: what a user's typo, a bad merge or a cut-off copy
 * does to a scenario file. Positions are fractions of the current text, so edits shrink well.
 */
record Mutation(Kind kind, double at, double other, String token) {
    enum Kind { INSERT, REPLACE_WORD, DELETE_RANGE, DUPLICATE_LINE, SWAP_LINES, REINDENT_LINE, TRUNCATE, DROP_LINE }

    static String applyAll(String text, List<Mutation> edits) {
        String t = text;
        for (Mutation m : edits) {
            t = m.apply(t);
        }
        return t;
    }

    String apply(String text) {
        int pos = (int) (at * text.length());
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = Math.min(lines.size() - 1, (int) (at * lines.size()));
        int otherLine = Math.min(lines.size() - 1, (int) (other * lines.size()));
        switch (kind) {
            case INSERT -> {
                return text.substring(0, pos) + token + text.substring(pos);
            }
            case REPLACE_WORD -> {
                int start = pos;
                while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                    start--;
                }
                int end = pos;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
                    end++;
                }
                return text.substring(0, start) + token + text.substring(end);
            }
            case DELETE_RANGE -> {
                int end = Math.min(text.length(), pos + 1 + (int) (other * 12));
                return text.substring(0, pos) + text.substring(end);
            }
            case DUPLICATE_LINE -> lines.add(line, lines.get(line));
            case SWAP_LINES -> {
                String a = lines.get(line);
                lines.set(line, lines.get(otherLine));
                lines.set(otherLine, a);
            }
            case REINDENT_LINE -> lines.set(line, " ".repeat((int) (other * 7)) + lines.get(line).stripLeading());
            case TRUNCATE -> {
                return text.substring(0, pos);
            }
            case DROP_LINE -> lines.remove(line);
        }
        return String.join("\n", lines);
    }
}
