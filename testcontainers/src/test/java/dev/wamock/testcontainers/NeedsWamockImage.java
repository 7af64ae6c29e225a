package dev.wamock.testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that starts the wamock image. In CI (environment variable {@code CI} set) it always runs, so a
 * missing engine or image fails it; elsewhere it is skipped, with one line saying why, when no Docker
 * engine answers or the image is not loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(WamockImageCondition.class)
@interface NeedsWamockImage {
}
