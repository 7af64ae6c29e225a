package dev.wamock.junit.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The build's poms as the build-file tests read them: plain XML, no Maven model. */
final class Poms {
    static final Path ROOT = Path.of("..");

    private Poms() {
    }

    /** A {@code <dependency>} as written: absent elements are null, except scope (compile) and optional. */
    record Dependency(String groupId, String artifactId, String version, String type, String scope, boolean optional) {
    }

    /** The {@code <project>} element of {@code module}'s pom; "" is the root pom. */
    static Element project(String module) {
        Path pom = ROOT.resolve(module).resolve("pom.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("cannot read " + pom.toAbsolutePath() + ": " + e, e);
        }
    }

    /** The root pom's {@code <modules>}, in order. */
    static List<String> modules() {
        return children(child(project(""), "modules"), "module").stream().map(Element::getTextContent).toList();
    }

    /**
     * The modules a user can depend on: the root pom's modules but the BOM and those never deployed (a module of tests
     * only, such as architecture-tests, sets {@code maven.deploy.skip}).
     */
    static List<String> publishedModules() {
        return modules().stream().filter(m -> !m.equals("bom"))
                .filter(m -> !"true".equals(text(child(project(m), "properties"), "maven.deploy.skip"))).toList();
    }

    /** The text of {@code parent}'s child {@code name}, trimmed, or null; {@code parent} may be null. */
    static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }

    /** The child element {@code name} of {@code parent}, or null; {@code parent} may be null. */
    static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The dependencies a project declares. */
    static List<Dependency> dependencies(Element project) {
        return of(child(project, "dependencies"));
    }

    /** The dependencies a project manages. */
    static List<Dependency> managed(Element project) {
        return of(child(child(project, "dependencyManagement"), "dependencies"));
    }

    private static List<Dependency> of(Element dependencies) {
        return children(dependencies, "dependency").stream().map(d -> new Dependency(text(d, "groupId"),
                text(d, "artifactId"), text(d, "version"), text(d, "type"),
                text(d, "scope") == null ? "compile" : text(d, "scope"), "true".equals(text(d, "optional")))).toList();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
