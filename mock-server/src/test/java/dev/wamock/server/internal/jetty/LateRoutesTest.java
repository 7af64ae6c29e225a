package dev.wamock.server.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.junit.jupiter.api.Test;

/** The routes, built after the first server listens ({@link LateRoutes}), answer as if they had been built first. */
class LateRoutesTest {

    @Test
    void requestsForTheRoutesSentAsAFirstServerListensGetTheAnswersTheBuiltRoutesGive() throws Exception {
        List<String> lines = probe();

        assertThat(lines).as("probe output").contains("built before: false", "built after: true");
        List<String> first = answers(lines, "first ");
        List<String> again = answers(lines, "again ");
        assertThat(first).hasSize(LateRoutesProbe.REQUESTS.size()).isEqualTo(again);
        assertThat(first.get(0)).as("health").contains(" -> 200 application/json");
        assertThat(first.get(3)).as("the dashboard").contains(" -> 200 text/html");
        assertThat(first.get(4)).as("a POST to the endpoint").contains(" -> 405 ").contains("GraphMethodException");
        assertThat(first.get(5)).as("an unknown path").contains(" -> 404 ").contains("Unknown path components");
    }

    @Test
    void askedToTheyAreBuiltAfterTheEndpointsNextAnswerWithoutARequestNeedingThem() throws Exception {
        assertThat(probe("after-an-answer")).contains("built before an answer: false", "built after an answer: true");
    }

    @Test
    void aConnectorGetsTheHttpSettingsTheRoutesConfigurationMakes() throws Exception {
        SharedJetty jetty = SharedJetty.get();
        HttpConfiguration early = jetty.httpConfiguration();
        HttpConfiguration configured = SharedJetty.configured(jetty.lateRoutes().await().config());

        assertThat(settings(early)).isEqualTo(settings(configured)).isNotEmpty();
    }

    /** Every setting a getter of {@link HttpConfiguration} reports as a plain value (numbers, flags, names). */
    private static Map<String, Object> settings(HttpConfiguration http) throws ReflectiveOperationException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Method getter : HttpConfiguration.class.getMethods()) {
            Class<?> type = getter.getReturnType();
            boolean plain = type.isPrimitive() || type.isEnum() || type == String.class;
            if (getter.getParameterCount() == 0 && plain && !type.equals(void.class)
                    && (getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                values.put(getter.getName(), getter.invoke(http));
            }
        }
        values.put("customizers", http.getCustomizers().stream().map(c -> c.getClass().getName()).toList());
        values.put("uriCompliance", String.valueOf(http.getUriCompliance()));
        values.put("httpCompliance", String.valueOf(http.getHttpCompliance()));
        return values;
    }

    private static List<String> answers(List<String> lines, String round) {
        return lines.stream().filter(l -> l.startsWith(round)).map(l -> l.substring(round.length())).toList();
    }

    private static List<String> probe(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LateRoutesProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var out = process.inputReader(StandardCharsets.UTF_8)) {
            out.lines().forEach(lines::add);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("probe exit; output %s", lines).isZero();
        return lines;
    }
}
