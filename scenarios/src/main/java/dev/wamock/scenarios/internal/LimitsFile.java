package dev.wamock.scenarios.internal;

import dev.wamock.scenarios.InvalidFileException;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.engine.FileReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a messaging-limits file ({@link MessagingLimits#load}) through the reader of scenario and fixtures files, so
 * its failures carry file, line, column and field alike. A value out of range (a rate of 0, a duration that is not
 * one) fails in the record's constructor, where Jackson knows no field: its message starts with the key, and that key
 * is then named and found in the text. Internal.
 */
public final class LimitsFile {
    /** The top-level keys, the record's components; no key of a nested template has one of these names. */
    private static final List<String> KEYS = java.util.Arrays.stream(MessagingLimits.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();
    private static final String EXAMPLE = "{\"messagesPerSecond\": 80}";

    private LimitsFile() {
    }

    /** The limits of {@code content}; {@code fileName} decides JSON or YAML and names the file in errors. */
    public static MessagingLimits parse(String fileName, String content) {
        if (content.isBlank()) {
            throw new InvalidFileException(fileName, 1, 1, "", "the file is empty; it needs a JSON object such as "
                    + EXAMPLE + " ({} keeps Meta's values)");
        }
        MessagingLimits limits;
        try {
            limits = FileReader.read(fileName, content, MessagingLimits.class);
        } catch (InvalidFileException e) {
            throw e.field().isEmpty() && e.line() > 0 ? withKey(e, content) : e;
        }
        if (limits == null) {
            throw new InvalidFileException(fileName, 1, 1, "", "the file holds no JSON object; it needs one such as "
                    + EXAMPLE);
        }
        return limits;
    }

    /** {@code e} naming the key its problem starts with, at that key's line, or {@code e} when it names none. */
    private static InvalidFileException withKey(InvalidFileException e, String content) {
        String prefix = e.file() + ":" + e.line() + ":" + e.column() + ": ";
        String problem = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
        for (String key : KEYS) {
            if (problem.startsWith(key + " ")) {
                int[] at = keyAt(content, key);
                return at == null ? e : new InvalidFileException(e.file(), at[0], at[1], key, problem);
            }
        }
        return e;
    }

    /** 1-based line and column of the first {@code key:} / {@code "key":} in the text, or null. */
    private static int[] keyAt(String content, String key) {
        Pattern pattern = Pattern.compile("(^|[\\s{,])(\"?)" + Pattern.quote(key) + "\\2\\s*:");
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = pattern.matcher(lines[i]);
            if (m.find()) {
                return new int[] {i + 1, m.start() + m.group(1).length() + 1};
            }
        }
        return null;
    }
}
