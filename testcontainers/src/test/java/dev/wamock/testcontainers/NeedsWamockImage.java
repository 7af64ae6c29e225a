package dev.wamock.testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that starts the wamock image. When no Docker engine answers, the image is not loaded, or Ryuk is on
 * ({@code TESTCONTAINERS_RYUK_DISABLED} not {@code true}) and its image cannot be pulled, it is skipped with one
 * line saying why; in CI (environment variable {@code CI} set, not {@code false}) it fails with that line instead
 * ({@link ContainerPrerequisites}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(WamockImageCondition.class)
@interface NeedsWamockImage {
}
