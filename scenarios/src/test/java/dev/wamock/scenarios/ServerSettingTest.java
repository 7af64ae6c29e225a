package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one list of server options: a flag and a WAMOCK_* variable of the same name each, found by the flag. */
class ServerSettingTest {

    @Test
    void eachSettingIsAFlagAndAVariableOfTheSameName() {
        assertThat(ServerSetting.HTTPS_PORT.flag()).isEqualTo("--https-port");
        assertThat(ServerSetting.HTTPS_PORT.env()).isEqualTo("WAMOCK_HTTPS_PORT");
        assertThat(Stream.of(ServerSetting.values())).allSatisfy(s -> {
            assertThat(s.flag()).matches("--[a-z]+(-[a-z]+)*");
            assertThat(s.env()).isEqualTo("WAMOCK_" + s.flag().substring(2).toUpperCase().replace('-', '_'));
            assertThat(ServerSetting.ofFlag(s.flag())).isSameAs(s);
        });
    }

    @Test
    void anUnknownFlagSaysWhatWasMeantAndListsTheFlags() {
        assertThatThrownBy(() -> ServerSetting.ofFlag("--journal-capacty"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'--journal-capacty' is not a wamock server option; did you mean '--journal-capacity'?")
                .hasMessageContaining("--https-port");
    }
}
