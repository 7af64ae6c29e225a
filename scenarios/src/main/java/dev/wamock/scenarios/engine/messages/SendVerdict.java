package dev.wamock.scenarios.engine.messages;

import dev.wamock.scenarios.GraphError;
import java.util.Objects;

/**
 * What WhatsApp's rules make of one send: it goes, it is refused at once (an error answer, no message ID), or it is
 * accepted with a message ID and fails later (a {@code failed} status webhook carrying {@code failure}, as Meta
 * reports an undeliverable message or a closed 24-hour window).
 *
 * @param httpStatus the status of a refusal, or 200
 * @param refusal    the error answered at once, or null
 * @param failure    the error of the {@code failed} status that follows an accepted send, or null
 */
public record SendVerdict(int httpStatus, GraphError refusal, GraphError failure) {
    private static final SendVerdict GOES = new SendVerdict(200, null, null);

    /** Checks that a verdict is one thing: it goes, it is refused (4xx/5xx) or it fails later. */
    public SendVerdict {
        if (refusal != null && (failure != null || httpStatus < 400)) {
            throw new IllegalArgumentException("a refusal has an error status and no later failure: " + httpStatus);
        }
        if (refusal == null && httpStatus != 200) {
            throw new IllegalArgumentException("a send that is not refused is answered 200, not " + httpStatus);
        }
    }

    /** The send goes: 200 with a message ID, then sent, delivered, read. */
    public static SendVerdict goes() {
        return GOES;
    }

    /** The send is refused with {@code error} at once, no message ID. */
    public static SendVerdict refused(int httpStatus, GraphError error) {
        return new SendVerdict(httpStatus, Objects.requireNonNull(error, "error"), null);
    }

    /** The send gets a message ID, then a {@code failed} status with {@code error}. */
    public static SendVerdict failsLater(GraphError error) {
        return new SendVerdict(200, null, Objects.requireNonNull(error, "error"));
    }

    /** Whether the send is answered with a message ID. */
    public boolean accepted() {
        return refusal == null;
    }
}
