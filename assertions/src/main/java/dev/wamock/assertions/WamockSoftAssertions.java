package dev.wamock.assertions;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions for wamock: every assertion of {@link WamockAssertions}, collected instead of thrown.
 * Works with JUnit's {@code SoftAssertionsExtension} and {@code @InjectSoftAssertions}.
 *
 * <pre>
 * WamockSoftAssertions.assertSoftly(softly -&gt; {
 *     softly.assertThat(response).isGraphError().hasCode(190).isNotTransient();
 *     softly.assertThat(server).retriedOnlyTransientErrors();
 * });
 * </pre>
 */
public class WamockSoftAssertions extends AbstractSoftAssertions implements WamockSoftAssertionsProvider {

    /** Runs {@code softly} and fails once, with every collected failure, when any assertion failed. */
    public static void assertSoftly(Consumer<WamockSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(WamockSoftAssertions.class, softly);
    }
}
