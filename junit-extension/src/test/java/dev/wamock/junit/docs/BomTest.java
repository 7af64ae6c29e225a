package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * wamock-bom lists every published module at the project's version and nothing else, the root pom manages every
 * module, and the BOM (which has no parent, so that importing it brings no third-party pins) repeats the root's
 * release settings.
 */
class BomTest {
    private static final String VERSION = "${project.version}";
    /** A plugin with its version, as bom/pom.xml writes it. */
    private static final Pattern PLUGIN = Pattern.compile("<groupId>[^<]+</groupId>\\s*"
            + "<artifactId>(maven-[^<]+-plugin|[^<]+-maven-plugin)</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void theBomListsEveryPublishedModuleAtTheProjectsVersionAndNothingElse() {
        Element bom = Poms.project("bom");

        assertThat(Poms.text(bom, "version")).isEqualTo(Poms.text(Poms.project(""), "version"));
        assertThat(Poms.managed(bom)).extracting(Poms.Dependency::groupId, Poms.Dependency::artifactId,
                        Poms.Dependency::version, Poms.Dependency::type)
                .as("the BOM's <dependencyManagement> (bom/pom.xml)")
                .containsExactlyInAnyOrderElementsOf(published().stream()
                        .map(a -> tuple("dev.wamock", a, VERSION, null)).toList());
    }

    @Test
    void theRootPomManagesEveryModuleAtTheProjectsVersion() {
        List<Poms.Dependency> managed = Poms.managed(Poms.project(""));

        assertThat(published()).allSatisfy(artifact -> assertThat(managed)
                .as("the root pom's <dependencyManagement> entry for %s", artifact)
                .anySatisfy(d -> {
                    assertThat(d.artifactId()).isEqualTo(artifact);
                    assertThat(d.type()).isNull();
                    assertThat(d.version()).isEqualTo(VERSION);
                }));
    }

    @Test
    void theBomHasNoParentAndTheRootsReleaseSettings() {
        Element bom = Poms.project("bom");
        Element root = Poms.project("");

        assertThat(Poms.child(bom, "parent")).as("the BOM's <parent>").isNull();
        for (String property : List.of("wamock.url", "wamock.scm.connection", "project.build.outputTimestamp")) {
            assertThat(Poms.text(Poms.child(bom, "properties"), property)).as("bom/pom.xml's %s", property)
                    .isEqualTo(Poms.text(Poms.child(root, "properties"), property));
        }
        Matcher plugin = PLUGIN.matcher(DocBlocks.read(Poms.ROOT.resolve("bom/pom.xml")));
        String rootPom = DocBlocks.read(Poms.ROOT.resolve("pom.xml"));
        int plugins = 0;
        while (plugin.find()) {
            plugins++;
            Matcher managed = Pattern.compile("<artifactId>" + Pattern.quote(plugin.group(1))
                    + "</artifactId>\\s*<version>\\$\\{([^}]+)}</version>").matcher(rootPom);
            assertThat(managed.find()).as("the root pom manages %s with a version property", plugin.group(1)).isTrue();
            assertThat(plugin.group(2)).as("bom/pom.xml's %s version (the root's %s)", plugin.group(1), managed.group(1))
                    .isEqualTo(Poms.text(Poms.child(root, "properties"), managed.group(1)));
        }
        assertThat(plugins).as("plugins bom/pom.xml declares").isGreaterThanOrEqualTo(3);
    }

    /** The artifact IDs of the published modules (not the BOM itself, not a module of tests only). */
    private static List<String> published() {
        List<String> modules = Poms.publishedModules();
        assertThat(modules).as("the root pom's modules").contains("scenarios", "mock-server", "junit-extension");
        return modules.stream().map(m -> Poms.text(Poms.project(m), "artifactId")).toList();
    }
}
