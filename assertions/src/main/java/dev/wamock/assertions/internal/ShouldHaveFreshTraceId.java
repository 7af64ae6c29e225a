package dev.wamock.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A Graph error lacks a fresh {@code fbtrace_id}. */
public final class ShouldHaveFreshTraceId extends BasicErrorMessageFactory {

    private ShouldHaveFreshTraceId(String reason, String body) {
        super("%nExpecting the Graph error to carry a fresh fbtrace_id (present, not the contract's example, and equal"
                + " to the x-fb-trace-id header when there is one)%nbut %s%nin body:%n  %s",
                unquotedString(reason), unquotedString(body));
    }

    /** The message for an error without a fresh trace ID, with the reason. */
    public static ErrorMessageFactory because(String reason, String body) {
        return new ShouldHaveFreshTraceId(reason, body);
    }
}
