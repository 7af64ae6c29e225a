package dev.wamock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Activates a scenario before the test: a built-in ({@code transient-then-ok}, {@code http-429}, …),
 * one from {@link WamockTest#scenarioFiles()}, or one given to {@link WamockExtension.Builder#scenarios}.
 * On a method it applies to that test; on a class to every test of it and of its {@code @Nested}
 * classes. The nearest annotation wins: method, then class, then enclosing class. An unknown name
 * fails the test and names the closest known one.
 *
 * <p>The scenario starts with fresh counts for each test. {@link WamockHandle#reset()} inside the test
 * deactivates it again.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WamockScenario {

    /** The scenario's name. */
    String value();
}
