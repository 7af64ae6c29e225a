package dev.wamock.server.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/fidelity.md's table "Built-in status scenarios through RestFB", read as the expectations of
 * {@link RestFbStatusesTest}: the page is the one source, so it cannot drift from what the wire sends.
 * Surefire runs in the module directory, so the page is {@code ../docs/fidelity.md}.
 */
final class FidelityPage {
    static final Path PAGE = Path.of("..", "docs", "fidelity.md");
    static final String TABLE_HEADING = "### Built-in status scenarios through RestFB";
    /**
     * {@code FacebookOAuthException 400 / 4 / 2446079, transient, (#4) …} once backticks and bold are gone;
     * without the exception class ({@code 401 / 190 / 463}) the cell has the one of the cell on its left.
     */
    private static final Pattern CELL = Pattern.compile(
            "(?:(Facebook\\w+Exception)(?:\\((\\d{3})\\))?)? ?(?:(\\d{3}) / (\\d+)(?: / (\\d+))?)?((?:, .+)?)");

    /** What one cell says RestFB surfaces: "parsed", or an exception with status, code, subcode, flags. */
    record Cell(String text, String exception, int status, Integer code, Integer subcode, boolean isTransient,
                String messagePrefix) {
        boolean parsed() {
            return exception == null;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** One row: the built-in (e.g. {@code http-404}) and its cell per profile column, "the same" resolved. */
    record Row(String builtIn, List<Cell> cells) {
    }

    private FidelityPage() {
    }

    /** The profile columns of the table, left to right, as its header names them. */
    static List<String> columns() {
        return split(tableLines().get(0)).subList(1, 4);
    }

    /** Every row of the table. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : tableLines().subList(2, tableLines().size())) {
            List<String> cells = split(line);
            List<Cell> parsed = new ArrayList<>();
            for (String text : cells.subList(1, cells.size())) {
                Cell left = parsed.isEmpty() ? null : parsed.get(parsed.size() - 1);
                parsed.add(text.equals("the same") ? left : cell(text, left));
            }
            rows.add(new Row(cells.get(0).replaceAll(" \\(.*\\)$", ""), List.copyOf(parsed)));
        }
        return rows;
    }

    private static Cell cell(String text, Cell left) {
        if (text.equals("parsed")) {
            return new Cell(text, null, 200, null, null, false, null);
        }
        Matcher m = CELL.matcher(text);
        boolean matches = m.matches() && (m.group(2) != null || m.group(3) != null);
        String exception = !matches ? null : m.group(1) != null ? m.group(1) : left == null ? null : left.exception();
        if (exception == null) {
            throw new IllegalArgumentException(PAGE + ": the cell '" + text + "' of '" + TABLE_HEADING
                    + "' is neither 'parsed', 'the same', 'FacebookXException(status)' nor '[FacebookXException] status / code"
                    + " [/ subcode][, transient][, message prefix …]'");
        }
        List<String> flags = Arrays.stream(m.group(6).split(", ")).filter(s -> !s.isEmpty()).toList();
        for (String flag : flags) {
            if (!flag.equals("transient") && !flag.startsWith("(#")) {
                throw new IllegalArgumentException(PAGE + ": the cell '" + text + "' has '" + flag
                        + "'; after the codes a cell may only say 'transient' and the message's start, '(#4) …'");
            }
        }
        String prefix = flags.stream().filter(f -> f.startsWith("(#")).map(f -> f.replace("…", "")).findFirst().orElse(null);
        int status = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        return new Cell(text, exception, status, m.group(4) == null ? null : Integer.valueOf(m.group(4)),
                m.group(5) == null ? null : Integer.valueOf(m.group(5)), flags.contains("transient"), prefix);
    }

    private static List<String> tableLines() {
        List<String> lines = read();
        int heading = lines.indexOf(TABLE_HEADING);
        if (heading < 0) {
            throw new IllegalStateException(PAGE + " has no heading '" + TABLE_HEADING + "'");
        }
        int start = heading + 1;
        while (!lines.get(start).startsWith("|")) {
            start++;
        }
        int end = start;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        return lines.subList(start, end);
    }

    /** The cells of a table line, trimmed, without bold markers and backticks. */
    private static List<String> split(String line) {
        String[] parts = line.substring(1, line.length() - 1).split("\\|");
        return Arrays.stream(parts).map(p -> p.replace("**", "").replace("`", "").strip()).toList();
    }

    private static List<String> read() {
        try {
            return Files.readAllLines(PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
