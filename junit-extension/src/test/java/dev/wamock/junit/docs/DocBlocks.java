package dev.wamock.junit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The fenced code blocks of a Markdown page, and the example files they must match, for the docs-sync tests. */
final class DocBlocks {
    /** This package's sources: every Java block of the pages is one of these files. */
    static final Path EXAMPLES = Path.of("src/test/java/dev/wamock/junit/docs");

    private DocBlocks() {
    }

    /** The text of every block fenced with {@code ```language}, in page order, each ending with a newline. */
    static List<String> of(Path page, String language) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : read(page).split("\n", -1)) {
            if (block == null && line.equals("```" + language)) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** An example file as a page shows it: everything after its package line and the blank line after it. */
    static String shown(Path source) {
        String text = read(source);
        return text.substring(text.indexOf(";\n\n") + 3);
    }

    /** The example files of this package, as {@link #shown} (this class and the sync tests are not examples). */
    static List<String> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith("ExampleTest.java")).sorted()
                    .map(DocBlocks::shown).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code <dependency>} of a page's {@code xml} blocks. */
    record Dependency(String groupId, String artifactId, String version) {
    }

    private static final Pattern DEPENDENCY = Pattern.compile(
            "<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");

    /** Every dependency with group, artifact and version in the page's {@code xml} blocks. */
    static List<Dependency> dependencies(Path page) {
        return of(page, "xml").stream().flatMap(b -> DEPENDENCY.matcher(b).results())
                .map(m -> new Dependency(m.group(1), m.group(2), m.group(3))).toList();
    }

    /** The text of element {@code name} in the root pom, the first one after {@code after} (a regex). */
    static String rootPom(String after, String name) {
        Matcher m = Pattern.compile(after + "[\\s\\S]*?<" + name + ">([^<]+)</" + name + ">")
                .matcher(read(Path.of("..", "pom.xml")));
        if (!m.find()) {
            throw new AssertionError("no <" + name + "> after " + after + " in the root pom");
        }
        return m.group(1);
    }

    static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
