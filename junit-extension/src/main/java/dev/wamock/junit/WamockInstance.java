package dev.wamock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that receives the test's server, like JUnit's {@code @TempDir}: an instance field is
 * set before each test to that test's server; a static field is set once per class and makes the
 * server live for the whole class (its scenario state and journal are still reset before each test).
 * The field must be of type {@link WamockHandle} or {@link dev.wamock.scenarios.WamockControl} and not
 * final.
 *
 * <pre>
 * &#64;WamockInstance WamockHandle wamock;
 * </pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WamockInstance {
}
