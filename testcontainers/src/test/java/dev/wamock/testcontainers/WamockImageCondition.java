package dev.wamock.testcontainers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.wamock.testcontainers.internal.ImageDefaults;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.TestcontainersConfiguration;

/** Decides once per test run whether container tests run, are skipped or fail: see {@link ContainerPrerequisites}. */
final class WamockImageCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ContainerPrerequisites.Verdict verdict = Decision.VERDICT;
        return switch (verdict.kind()) {
            case RUN -> ConditionEvaluationResult.enabled(verdict.reason());
            case SKIP -> ConditionEvaluationResult.disabled(verdict.reason());
            case FAIL -> throw new IllegalStateException(verdict.reason());
        };
    }

    /** Evaluated on first use, once per JVM. */
    private static final class Decision {
        static final ContainerPrerequisites.Verdict VERDICT = decide();

        private static ContainerPrerequisites.Verdict decide() {
            ContainerPrerequisites.Verdict verdict = ContainerPrerequisites.decide(System.getenv(), new Engine(),
                    ImageDefaults.IMAGE, TestcontainersConfiguration.getInstance().getRyukImage());
            if (verdict.kind() == ContainerPrerequisites.Verdict.Kind.SKIP) { // a failure carries its reason
                System.err.println("[wamock] " + verdict.reason());
            }
            return verdict;
        }
    }

    /**
     * The engine Testcontainers finds, asked through a plain client: {@code DockerClientFactory.client()} would start
     * Ryuk first, which is the very thing that hangs where its image cannot be pulled.
     */
    private static final class Engine implements ContainerPrerequisites.DockerHost {
        private DockerClient client;

        @Override
        public boolean engineAnswers() {
            return DockerClientFactory.instance().isDockerAvailable();
        }

        @Override
        public boolean hasImage(String image) {
            try {
                client().inspectImageCmd(image).exec();
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        }

        @Override
        public boolean pulled(String image, Duration limit) {
            DockerImageName name = DockerImageName.parse(image);
            try {
                return client().pullImageCmd(name.getUnversionedPart()).withTag(name.getVersionPart()).start()
                        .awaitCompletion(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) { // DockerException, or the pull's own error rethrown by awaitCompletion
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private DockerClient client() {
            if (client == null) {
                client = DockerClientProviderStrategy.getClientForConfig(
                        DockerClientFactory.instance().getTransportConfig());
            }
            return client;
        }
    }
}
