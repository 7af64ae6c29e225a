package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every invocation of a {@code @RepeatedTest} or {@code @ParameterizedTest} is a test of its own: own server, fresh scenario. */
class TemplatesTest {
    static final List<String> URLS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forgetUrls() {
        URLS.clear();
    }

    @Test
    void everyRepetitionAndEveryInvocationGetsItsOwnServer() {
        Engine.run(Templates.class).testEvents().assertStatistics(s -> s.started(5).succeeded(5));

        assertThat(URLS).hasSize(5).doesNotHaveDuplicates();
    }

    @EngineFixture
    @WamockTest
    static class Templates {
        @RepeatedTest(3)
        @WamockScenario("transient-then-ok")
        void everyRepetitionStartsTheScenarioAfresh(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(500);
            assertThat(wamock.progress().steps().get(0).answered()).isEqualTo(1);
            URLS.add(wamock.baseUrl());
        }

        @ParameterizedTest
        @ValueSource(strings = {"v22.0", "v23.0"})
        void everyInvocationSeesOnlyItsOwnRequest(String version, WamockHandle wamock) {
            assertThat(Http.to(wamock).graph("/" + version + "/" + Http.NUMBER).status()).isEqualTo(200);
            assertThat(wamock.journal().entries()).singleElement()
                    .satisfies(entry -> assertThat(entry.version()).isEqualTo(version));
            URLS.add(wamock.baseUrl());
        }
    }
}
