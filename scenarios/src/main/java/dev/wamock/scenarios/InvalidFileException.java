package dev.wamock.scenarios;

/**
 * A fixtures or scenario file that cannot be used. The message names the file, the line and column,
 * the offending field and what would be valid; nothing from the file has been loaded.
 */
public final class InvalidFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The file, as named in the message. */
    private final String file;
    /** The line, from 1 (0 when the file could not be read at all). */
    private final int line;
    /** The column, from 1 (0 when the file could not be read at all). */
    private final int column;
    /** The offending field, or {@code null} when the problem is not one field's. */
    private final String field;

    /** A problem at a place in a file; the message reads {@code <file>:<line>:<column>: field '<field>': <problem>}. */
    public InvalidFileException(String file, int line, int column, String field, String problem) {
        this(file + ":" + line + ":" + column + ": " + (field == null || field.isEmpty() ? "" : "field '" + field + "': ")
                + problem, file, line, column, field);
    }

    private InvalidFileException(String message, String file, int line, int column, String field) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
    }

    /**
     * A file that could not be read at all, before any parsing: {@code cannot read <file>: <reason>}
     * (line and column 0, no field).
     *
     * @param file   the file as the user named it
     * @param reason why, e.g. {@code not a regular file} or {@code larger than 4 MiB (…)}
     * @return the exception to throw
     */
    public static InvalidFileException unreadable(String file, String reason) {
        return new InvalidFileException("cannot read " + file + ": " + reason, file, 0, 0, "");
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The dotted path of the offending field ({@code numbers[2].status}), or empty. */
    public String field() {
        return field == null ? "" : field;
    }
}
