package dev.wamock.server.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.eclipse.jetty.http.HttpException;
import org.junit.jupiter.api.Test;

/**
 * Jetty's verdict on a request, wherever it surfaces in a handler's failure, is the client's 4xx: any
 * {@link HttpException}, not only the {@code BadMessageException} Jetty 12.1 deprecates for removal.
 */
class ClientFailuresTest {

    @Test
    void anHttpExceptionUnderAHandlerFailureIsJettysVerdictOnTheRequest() {
        HttpException.RuntimeException jetty = new HttpException.RuntimeException(400, "Unable to parse URI query");

        HttpException found = ClientFailures.badMessage(new IllegalStateException("handler failed", jetty));

        assertThat(found).isSameAs(jetty);
        assertThat(found.getCode()).isEqualTo(400);
        assertThat(found.getReason()).isEqualTo("Unable to parse URI query");
    }

    @Test
    void jettysIllegalArgumentFlavourIsAVerdictToo() {
        HttpException.IllegalArgumentException jetty = new HttpException.IllegalArgumentException(413, "Form too large");

        assertThat(ClientFailures.badMessage(jetty)).isSameAs(jetty);
    }

    @Test
    void aFailureWithNoHttpExceptionInItsCausesIsNoVerdict() {
        assertThat(ClientFailures.badMessage(new IllegalStateException(new IOException("disk full")))).isNull();
    }
}
