package dev.wamock.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a fixture class: a test class that the extension's tests run through {@link Engine}. It is tagged
 * {@value #TAG}, a tag surefire excludes (root pom), so a build never discovers it, not even with
 * {@code -Dtest=…}, which lifts surefire's exclusion of nested classes; {@code EngineTestKit} selects it by
 * class and applies no tag filter. Where no filter applies (an IDE running the package) it is disabled.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(EngineFixture.TAG)
@ExtendWith(EngineFixture.OnlyInsideEngineTestKit.class)
@interface EngineFixture {
    /** The tag of every fixture class. */
    String TAG = "fixture";

    /** Enables fixtures only when {@link Engine} set its configuration parameter. */
    final class OnlyInsideEngineTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(Engine.FIXTURES_PARAMETER).filter("run"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by EngineTestKit")
                    : ConditionEvaluationResult.disabled("a fixture; runs only inside EngineTestKit");
        }
    }
}
