package dev.wamock.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** wamock's modules by the root package of their main classes, and those classes, read once. */
final class Modules {
    /** Module name (its folder) and root package; a class belongs to the module of the longest root it starts with. */
    record Module(String name, String root) {
        boolean owns(String className) {
            return className.startsWith(root + ".");
        }

        /** Whether {@code className} lies in one of this module's {@code internal} packages. */
        boolean ownsInternal(String className) {
            return owns(className) && className.substring(root.length()).contains(".internal.");
        }
    }

    static final List<Module> ALL = List.of(
            new Module("scenarios", "dev.wamock.scenarios"),
            new Module("state-redis", "dev.wamock.state.redis"),
            new Module("mock-server", "dev.wamock.server"),
            new Module("client", "dev.wamock.client"),
            new Module("testcontainers", "dev.wamock.testcontainers"),
            new Module("assertions", "dev.wamock.assertions"),
            new Module("junit-extension", "dev.wamock.junit"));

    /** Every main class of every module (test classes and test-jars left out). */
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.wamock");

    private Modules() {
    }

    /** The module {@code type} belongs to, if it is wamock's. */
    static Optional<Module> of(JavaClass type) {
        String name = type.getFullName();
        return ALL.stream().filter(m -> m.owns(name)).max(Comparator.comparingInt(m -> m.root().length()));
    }
}
