package bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bench.tests tests, each one request to its own fresh WireMock server: the extension is an instance
 * field, so every invocation gets a new one, started before and stopped after it. The test stubs the
 * endpoint as benchmarks/stubs/wiremock/mappings/account-number.json does (wamock needs no stub).
 */
class WireMockPerTest {

    @RegisterExtension
    WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static IntStream indexes() {
        return Expected.indexes();
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void oneRequestToAFreshServer(int index) throws Exception {
        var answer = aResponse().withStatus(200).withBody(Expected.BODY);
        Expected.HEADERS.forEach(h -> answer.withHeader(h.getKey(), h.getValue()));
        wm.stubFor(get(urlPathEqualTo(Expected.PATH))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(answer));
        Expected.getAndCheck(wm.baseUrl());
    }
}
