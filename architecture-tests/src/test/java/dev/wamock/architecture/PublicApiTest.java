package dev.wamock.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.wamock.client.WamockClient;
import dev.wamock.junit.WamockHandle;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import dev.wamock.testcontainers.WamockContainer;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * wamock's public API (public types outside {@code internal} and {@code engine} packages, their public and protected
 * members) names no engine type, so that the engine can change without breaking a user; and a test reaches the clock
 * through {@link WamockClock} on every control.
 */
class PublicApiTest {
    private static final String ENGINE = "dev.wamock.scenarios.engine";

    /**
     * Public classes outside internal packages that are engine by nature, each with why: they are not API either.
     */
    private static final Set<String> ENGINE_SEAMS = Set.of(
            // the Redis store's ServiceLoader entry (META-INF/services): public because ServiceLoader needs it, it
            // implements the state port (dev.wamock.scenarios.engine.state.StateStoreFactory)
            "dev.wamock.state.redis.RedisStateStoreFactory");

    @Test
    void noPublicSignatureNamesAnEngineType() {
        classes().that(arePublicApi()).should(exposeNoEngineType())
                .because(ENGINE + " is not API (its package-info): a user compiles against WamockControl, "
                        + "WamockClock, Scenario, Journal and the like; an engine type in a public signature turns "
                        + "every engine change into a breaking one. Return or take an API type instead, or move "
                        + "the member to an internal class")
                .check(Modules.MAIN);
    }

    @Test
    void everyControlHandsOutItsClockAsTheWamockClockInterface() throws NoSuchMethodException {
        assertThat(Modifier.isAbstract(WamockControl.class.getMethod("clock").getModifiers()))
                .as("WamockControl.clock() is abstract: every control has a clock").isTrue();
        for (Class<?> control : List.of(WamockServer.class, WamockHandle.class, WamockClient.class, WamockContainer.class)) {
            assertThat(control.getMethod("clock").getReturnType()).as(control.getSimpleName() + ".clock()")
                    .isEqualTo(WamockClock.class);
        }
    }

    private static DescribedPredicate<JavaClass> arePublicApi() {
        return DescribedPredicate.describe("are wamock's public API", PublicApiTest::isPublicApi);
    }

    private static boolean isPublicApi(JavaClass type) {
        String pkg = type.getPackageName();
        if (pkg.contains(".internal") || pkg.startsWith(ENGINE) || ENGINE_SEAMS.contains(type.getFullName())) {
            return false;
        }
        for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
            if (!t.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static ArchCondition<JavaClass> exposeNoEngineType() {
        return new ArchCondition<>("name no engine type in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
                type.getSuperclass().ifPresent(supertypes::add);
                report(type.getFullName() + " extends or implements", supertypes.stream(), type, events);
                boolean open = !type.getModifiers().contains(JavaModifier.FINAL);
                for (JavaMember member : type.getMembers()) {
                    boolean visible = member.getModifiers().contains(JavaModifier.PUBLIC)
                            || (open && member.getModifiers().contains(JavaModifier.PROTECTED));
                    if (!visible || member.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        continue;
                    }
                    Stream<JavaType> named = member instanceof JavaField f ? Stream.of(f.getType())
                            : member instanceof JavaCodeUnit c ? Stream.concat(Stream.of(c.getReturnType()),
                                    c.getParameterTypes().stream()) : Stream.empty();
                    report(member.getFullName(), named, type, events);
                }
            }
        };
    }

    private static void report(String where, Stream<JavaType> types, JavaClass type, ConditionEvents events) {
        types.flatMap(t -> t.getAllInvolvedRawTypes().stream()).map(c -> c.getBaseComponentType().getFullName())
                .filter(name -> name.startsWith(ENGINE + ".")).distinct()
                .forEach(name -> events.add(SimpleConditionEvent.violated(type, where + " names " + name)));
    }
}
