package dev.wamock.junit.internal;

import dev.wamock.junit.WamockTest;
import dev.wamock.scenarios.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A failed test's journals as HTML timelines ({@link Journal#toHtml(String, String)}), one file per server the test
 * used, in the folder
 * {@value WamockTest#REPORTS_DIR_PROPERTY} names (default {@code target/surefire-reports/wamock}, from the working
 * directory, which surefire sets to the module's): {@code <test class>.<method>.html}, then {@code -2}, {@code -3}
 * for further files of the same method in the run (another server, another invocation). Writing never throws: a
 * failure to write is a note in the report instead, so the test's own failure is never hidden.
 */
final class HtmlReports {
    static final Path DEFAULT_DIR = Path.of("target", "surefire-reports", "wamock");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HtmlReports.class);

    private final String setting;
    private final String baseName;
    private final String testName;
    private final Names names;

    private HtmlReports(String setting, String baseName, String testName, Names names) {
        this.setting = setting;
        this.baseName = baseName;
        this.testName = testName;
        this.names = names;
    }

    /** The reports of the test of {@code context}. */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: the one such method in both Jupiter 5.14 and 6
    static HtmlReports of(ExtensionContext context) {
        String type = context.getTestClass().map(Class::getName).orElse("wamock");
        String method = context.getTestMethod().map(m -> m.getName()).orElse(null);
        String base = (method == null ? type : type + "." + method).replaceAll("[^A-Za-z0-9._$-]", "_");
        String setting = context.getConfigurationParameter(WamockTest.REPORTS_DIR_PROPERTY).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(null);
        Names names = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Names.class, k -> new Names(), Names.class);
        return new HtmlReports(setting, base, context.getDisplayName(), names);
    }

    /**
     * Writes {@code journal} with {@code details} (the failure, the scenario's progress) above the chart and returns
     * the line for the text report: {@code HTML timeline: /abs/path.html}, a note when it could not be written, or
     * null when reports are off ({@code none}).
     */
    String write(Journal journal, String baseUrl, String details) {
        if ("none".equalsIgnoreCase(setting)) {
            return null;
        }
        Path file = null;
        try {
            Path dir = (setting == null ? DEFAULT_DIR : Path.of(setting)).toAbsolutePath().normalize();
            file = dir.resolve(names.claim(baseName) + ".html");
            Files.createDirectories(dir);
            Files.writeString(file, journal.toHtml(baseName + " (" + testName + "): wamock journal of "
                    + baseUrl, details));
            return "HTML timeline: " + file;
        } catch (Exception | LinkageError e) {
            return "HTML timeline not written" + (file == null ? "" : " to " + file) + ": " + e
                    + " (the folder comes from " + WamockTest.REPORTS_DIR_PROPERTY
                    + (setting == null ? ", unset: " + DEFAULT_DIR : "=" + setting) + ")";
        }
    }

    /** The file names taken in this run, so that no report overwrites another of the same run. */
    private static final class Names {
        private final Set<String> taken = new HashSet<>();

        synchronized String claim(String base) {
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "-" + n;
            }
            return name;
        }
    }
}
