package dev.wamock.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When {@code java -jar wamock-server.jar} runs the server in a child JVM with a heap cap, and with which flags. */
class RelaunchTest {
    private static final List<String> PLAIN = List.of("-jar", "wamock-server.jar", "--port", "8080");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-Xmx512m", "-XX:MaxHeapSize=1g", "-XX:MaxRAMPercentage=10", "-XX:MaxRAM=2g",
            "-XX:MinRAMPercentage=50", "@more-options.txt", "-XX:Flags=.hotspotrc"})
    void aHeapOptionOnTheCommandLineKeepsTheServerInThisJvm(String option) {
        JvmOptions jvm = JvmOptions.of(List.of(option, "-jar", "wamock-server.jar"), Map.of());

        assertThat(jvm.capsTheHeap()).isTrue();
        assertThat(Relaunch.childCommand(jvm, Map.of())).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"})
    void aHeapOptionInTheLaunchersVariablesCountsToo(String variable) {
        assertThat(JvmOptions.of(PLAIN, Map.of(variable, "-Dx=1  -Xmx300m")).capsTheHeap()).isTrue();
    }

    @Test
    void theProgramsOwnArgumentsAreNotJvmOptions() {
        JvmOptions jvm = JvmOptions.of(List.of("-cp", "-Xmx1g", "dev.wamock.server.cli.Main", "-Xmx2g"), Map.of());

        assertThat(jvm.options()).containsExactly("-cp");
        assertThat(jvm.capsTheHeap()).isFalse();
    }

    @Test
    void aPlainStartGetsTheCapTheParentsPidAndTheSameCommandLineAfterThem() {
        List<String> child = Relaunch.childCommand(JvmOptions.of(PLAIN, Map.of()), Map.of(), "--port", "8080");

        assertThat(child).isNotNull();
        assertThat(child.get(0)).endsWith("java");
        assertThat(child).contains("-Xmx192m", "-D" + ParentWatch.PARENT + "=" + ProcessHandle.current().pid());
        assertThat(child.subList(child.size() - PLAIN.size(), child.size())).isEqualTo(PLAIN);
    }

    @Test
    void theUsersOwnOptionsComeAfterTheCapSoTheyWin() {
        List<String> withSerial = List.of("-XX:+UseSerialGC", "-Dx=1", "-jar", "wamock-server.jar");

        List<String> child = Relaunch.childCommand(JvmOptions.of(withSerial, Map.of()), Map.of());

        assertThat(child).endsWith(withSerial.toArray(String[]::new));
        assertThat(child.indexOf("-Xmx192m")).isLessThan(child.indexOf("-XX:+UseSerialGC"));
    }

    @Test
    void aLargerJournalGetsALargerHeap() {
        assertThat(Relaunch.maxHeapMb(Map.of())).isEqualTo(192);
        assertThat(Relaunch.maxHeapMb(Map.of(), "--journal-capacity", "100")).isEqualTo(192);
        assertThat(Relaunch.maxHeapMb(Map.of(), "--journal-capacity=110000")).isEqualTo(192 + 195);
        assertThat(Relaunch.maxHeapMb(Map.of("WAMOCK_JOURNAL_CAPACITY", "522000"))).isEqualTo(192 + 1000);
        assertThat(Relaunch.maxHeapMb(Map.of(), "--journal-capacity", "lots")).isEqualTo(192);
    }

    @Test
    void theVariableSwitchesItOff() {
        Map<String, String> env = Map.of(Relaunch.SWITCH_VARIABLE, "false");

        assertThat(Relaunch.childCommand(JvmOptions.of(PLAIN, env), env)).isNull();
        assertThat(Relaunch.childCommand(JvmOptions.of(PLAIN, Map.of()), Map.of(Relaunch.SWITCH_VARIABLE, "true")))
                .isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "-h", "--version", "-V", "scenarios", "--no-such-option", "--port=1 --nope"})
    void helpVersionTheCatalogueAndMisuseAnswerAtOnceInThisJvm(String args) {
        assertThat(Relaunch.serverArguments(args.split(" "))).isFalse();
        assertThat(Relaunch.childCommand(JvmOptions.of(PLAIN, Map.of()), Map.of(), args.split(" "))).isNull();
    }

    @Test
    void serverOptionsWithTheirValuesRelaunch() {
        assertThat(Relaunch.serverArguments("--port", "0", "--journal-file=/tmp/j.jsonl", "--proxy", "--scenario",
                "http-500")).isTrue();
        assertThat(Relaunch.serverArguments()).isTrue();
    }
}
