package dev.wamock.junit.internal;

import java.lang.reflect.Method;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Session IDs for one test run, kept in the root context's store: the test's name (readable in
 * {@code GET /__wamock/sessions}), a random tag of the run, so that two runs (two CI jobs, two surefire forks)
 * sharing a server never meet, and a counter, so that every test and every invocation gets its own. At most 64
 * characters of {@code [A-Za-z0-9._-]}, as the server requires: {@code retriesTransientErrors-5f3a09c1-17}.
 */
final class SessionIds {
    private static final int MAX_NAME = 36;
    private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final AtomicLong count = new AtomicLong();

    /** A fresh ID for the test (or, in a class-level callback, the class) of {@code context}. */
    String next(ExtensionContext context) {
        String name = context.getTestMethod().map(Method::getName)
                .orElseGet(() -> context.getRequiredTestClass().getSimpleName())
                .replaceAll("[^A-Za-z0-9._-]", "-");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return name + "-" + run + "-" + count.incrementAndGet();
    }
}
