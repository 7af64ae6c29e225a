package dev.wamock.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.wamock.testcontainers.internal.ImageDefaults;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** Decides once per test run whether container tests run: see {@link NeedsWamockImage}. */
final class WamockImageCondition implements ExecutionCondition {
    private static final String HOW = "docs/container.md, 'Build the image'";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Decision.RESULT;
    }

    /** Evaluated on first use, once per JVM. */
    private static final class Decision {
        static final ConditionEvaluationResult RESULT = decide();

        private static ConditionEvaluationResult decide() {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                return ConditionEvaluationResult.enabled("CI=" + ci + ": container tests run, and fail without an engine");
            }
            String missing = missing();
            if (missing == null) {
                return ConditionEvaluationResult.enabled("a Docker engine with " + ImageDefaults.IMAGE + " answers");
            }
            String why = "wamock container tests skipped: " + missing + " (in CI, with CI=true, this fails instead)";
            System.err.println("[wamock] " + why);
            return ConditionEvaluationResult.disabled(why);
        }

        private static String missing() {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return "no Docker engine answers";
            }
            try {
                DockerClientFactory.instance().client().inspectImageCmd(ImageDefaults.IMAGE).exec();
                return null;
            } catch (NotFoundException e) {
                return "image " + ImageDefaults.IMAGE + " is not loaded; build it (" + HOW + ")";
            }
        }
    }
}
