package dev.wamock.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.wamock.architecture.Modules.Module;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLConnection;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between wamock's modules, checked on their main classes: an {@code internal} package is used by its
 * own module alone; {@code scenarios}, the domain at the bottom, holds no HTTP or network type; and the scenario
 * engine ({@code dev.wamock.scenarios.engine}) stays out of every public API signature ({@link PublicApiTest}).
 */
class ModuleBoundariesTest {
    @Test
    void everyModulesMainClassesAreChecked() {
        for (Module module : Modules.ALL) {
            assertThat(Modules.MAIN.stream().filter(c -> module.owns(c.getFullName())))
                    .as("main classes of %s (%s..) on the architecture test's class path", module.name(), module.root())
                    .isNotEmpty();
        }
    }

    @Test
    void noModuleUsesAnotherModulesInternalPackages() {
        classes().should(useNoInternalClassOfAnotherModule())
                .because("an internal package may change in any release: a module that needs another's internal "
                        + "class asks for a public, documented API (or, for shared implementation, a class in "
                        + "dev.wamock.scenarios.engine)")
                .check(Modules.MAIN);
    }

    @Test
    void scenariosHoldsNoHttpOrNetworkType() {
        noClasses().that().resideInAPackage("dev.wamock.scenarios..")
                .should().dependOnClassesThat(resideInAnyPackage("org.eclipse.jetty..", "io.javalin..",
                        "java.net.http..", "jakarta.servlet..", "javax.servlet..", "io.netty..", "io.lettuce..",
                        "com.sun.net.httpserver..", "okhttp3..", "org.apache.hc..", "org.testcontainers..")
                        .or(assignableTo(URLConnection.class)).or(assignableTo(Socket.class))
                        .or(assignableTo(ServerSocket.class)))
                .because("scenarios is the domain every module builds on, with no server or client in it: HTTP "
                        + "belongs to mock-server, client and testcontainers, Redis to state-redis")
                .check(Modules.MAIN);
    }

    private static ArchCondition<JavaClass> useNoInternalClassOfAnotherModule() {
        return new ArchCondition<>("use no internal class of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Module own = Modules.of(origin).orElse(null);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getBaseComponentType().getFullName();
                    Module theirs = Modules.of(d.getTargetClass().getBaseComponentType()).orElse(null);
                    if (theirs == null || theirs.equals(own) || !theirs.ownsInternal(target)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(d, (own == null ? "?" : own.name()) + " uses "
                            + theirs.name() + "'s internal " + target + ": " + d.getDescription()));
                }
            }
        };
    }
}
