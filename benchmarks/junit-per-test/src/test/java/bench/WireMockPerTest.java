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
        wm.stubFor(get(urlPathEqualTo(Expected.PATH))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json;charset=utf-8")
                        .withHeader("x-fb-trace-id", "A7vZdgOBzt-Os6NigcK2dVM")
                        .withHeader("x-fb-request-id", "ADctxbLwb_WnJtBrPBMFwh_")
                        .withHeader("x-fb-rev", "1029384756")
                        .withHeader("facebook-api-version", "v23.0")
                        .withHeader("x-app-usage", "{\"call_count\":0,\"total_cputime\":0,\"total_time\":0}")
                        .withHeader("Cache-Control", "private, no-cache, no-store, must-revalidate")
                        .withHeader("Expires", "Sat, 01 Jan 2000 00:00:00 GMT")
                        .withHeader("Pragma", "no-cache")
                        .withHeader("Access-Control-Allow-Origin", "*")
                        .withBody(Expected.BODY)));
        Expected.getAndCheck(wm.baseUrl());
    }
}
