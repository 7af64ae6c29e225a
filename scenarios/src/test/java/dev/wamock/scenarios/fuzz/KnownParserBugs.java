package dev.wamock.scenarios.fuzz;

import dev.wamock.scenarios.internal.FileReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Inputs that hit a main-code bug the fuzz has found and {@link KnownParserBugsTest} reproduces; the
 * properties count them instead of failing, so they keep guarding everything else. Delete a rule here
 * once its bug is fixed and its test enabled.
 */
final class KnownParserBugs {
    private KnownParserBugs() {
    }

    /** A file whose only document is empty or null ({@code ---}, {@code ~}, {@code null}, only a comment). */
    static boolean readsAsNull(String fileName, String text) {
        try {
            JsonNode node = FileReader.mapperFor(fileName).readTree(text);
            return node == null || node.isNull() || node.isMissingNode();
        } catch (JacksonException e) {
            return false;
        }
    }
}
