package dev.wamock.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@link RawHttp} sends and how it reads an answer: whole, in chunks, without a body, in part or not at all. */
class RawHttpTest {
    @RegisterExtension
    final ServerFixture server = ServerFixture.start();

    private static Reply read(String answer, String method) throws IOException {
        return RawHttp.read(new ByteArrayInputStream(answer.getBytes(StandardCharsets.ISO_8859_1)), method);
    }

    @Test
    void aRequestIsExactlyItsLinesWithAHostUnlessOneIsGivenAndALengthForABody() {
        assertThat(RawHttp.request("POST", "/x", "{}", "A: 1"))
                .isEqualTo("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nA: 1\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(RawHttp.request("GET", "/x", null, "Host: wamock")).isEqualTo("GET /x HTTP/1.1\r\nHost: wamock\r\n\r\n");
        assertThat(RawHttp.get(RawHttp.ENDPOINT)).contains("\r\n" + RawHttp.AUTH + "\r\n");
    }

    @Test
    void aChunkedBodyIsJoinedAndAnInterimAnswerSkipped() throws IOException {
        Reply reply = read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A: 1\r\nx-a: 2\r\n"
                + "\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n", "GET");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("abcde");
        assertThat(reply.headers().get("X-A")).containsExactly("1", "2");
    }

    @Test
    void aHeadAnswerAndAConnectAnswerHaveNoBody() throws IOException {
        assertThat(read("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", "HEAD").body()).isEmpty();
        assertThat(read("HTTP/1.1 200 Connection Established\r\n\r\n", "CONNECT").body()).isEmpty();
        assertThat(read("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 2\r\n\r\n{}", "CONNECT").body()).isEqualTo("{}");
    }

    @Test
    void anAnswerCutShortSaysHowMuchCameAndNoAnswerAtAllIsAnEndOfStream() {
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", "GET"))
                .isInstanceOf(IOException.class).hasMessageContaining("3 of 10 body bytes");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nContent-Le", "GET")).hasMessageContaining("in a line");
        assertThatThrownBy(() -> read("", "GET")).isInstanceOf(EOFException.class);
    }

    @Test
    void onceTellsAWholeAnswerFromAPartialOneAndFromNothingListening() {
        int port = server.port();
        assertThat(RawHttp.once(port, RawHttp.get(RawHttp.ENDPOINT, "Connection: close"), 10_000).kind())
                .isEqualTo(RawHttp.Kind.ANSWERED);

        server.server().use(Scenario.of("truncated", Step.fault(Fault.TRUNCATED)));
        assertThat(RawHttp.once(port, RawHttp.get(RawHttp.ENDPOINT), 10_000).kind()).isEqualTo(RawHttp.Kind.PARTIAL);

        server.server().use(Scenario.of("reset", Step.fault(Fault.RESET)));
        assertThat(RawHttp.once(port, RawHttp.get(RawHttp.ENDPOINT), 10_000).kind())
                .isEqualTo(RawHttp.Kind.CLOSED_UNANSWERED);

        int closed;
        try (WamockServer gone = WamockServer.start()) {
            closed = gone.port();
        }
        assertThat(RawHttp.once(closed, RawHttp.get(RawHttp.ENDPOINT), 2_000).kind()).isEqualTo(RawHttp.Kind.REFUSED);
        assertThat(RawHttp.listens("http://127.0.0.1:" + closed)).isFalse();
    }

    @Test
    void aKeepAliveConnectionPutsOneRequestOnTheWirePerSend() throws IOException {
        try (RawConnection connection = RawHttp.connect(server.port())) {
            for (int i = 0; i < 3; i++) {
                Reply reply = connection.send(RawHttp.get(RawHttp.ENDPOINT));
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.closes()).isFalse();
            }
        }
        assertThat(server.journal(3).total()).isEqualTo(3);
    }
}
