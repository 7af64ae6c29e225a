package dev.wamock.assertions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the code out of docs/assertions.md, for {@link DocsExamplesTest}. */
final class DocsPage {
    static final String PAGE = "../docs/assertions.md";
    private static final Pattern INLINE_STATEMENT = Pattern.compile("`([^`]+;)`");

    private DocsPage() {
    }

    /** Lines of fenced code blocks, and inline code in table rows that is a statement (ends with ';'), stripped. */
    static List<String> codeLines(List<String> page) {
        List<String> code = new ArrayList<>();
        boolean fenced = false;
        for (String line : page) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (fenced && !line.isBlank()) {
                code.add(line.strip());
            } else if (!fenced && line.startsWith("|")) {
                Matcher m = INLINE_STATEMENT.matcher(line);
                while (m.find()) {
                    code.add(m.group(1).strip());
                }
            }
        }
        return code;
    }

    /** A file of the repository, by its path relative to the assertions module. */
    static Path file(String relativeToModule) {
        return Path.of(System.getProperty("basedir", ".")).resolve(relativeToModule);
    }
}
