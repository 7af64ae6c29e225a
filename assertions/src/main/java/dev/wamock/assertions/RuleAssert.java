package dev.wamock.assertions;

import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * An assert whose assertions are rules that return their failure message, or null when kept: the journal, backoff
 * and journal entry asserts. Not API: package-private, so that its members stay out of the public classes that
 * extend it.
 */
abstract class RuleAssert<SELF extends RuleAssert<SELF, ACTUAL>, ACTUAL> extends AbstractAssert<SELF, ACTUAL> {

    RuleAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Fails with the rule's message when it returns one; the rule runs once {@code actual} is known not to be null. */
    SELF check(Supplier<ErrorMessageFactory> rule) {
        isNotNull();
        ErrorMessageFactory failure = rule.get();
        if (failure != null) {
            throwAssertionError(failure);
        }
        return myself;
    }
}
