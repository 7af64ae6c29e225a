package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.ServerSetting;
import dev.wamock.server.cli.WamockCommand;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@link ServerOptions} is the one description of a server: every component of it is a {@link ServerSetting} (a flag
 * and a {@code WAMOCK_*} variable) and a builder method, and each of the three sets the same component. Adding a
 * component, a setting or a flag without the others fails here.
 */
class OptionAdaptersTest {
    @TempDir
    Path dir;
    private List<OptionSamples> samples;

    @BeforeEach
    void samples() {
        samples = OptionSamples.all(dir);
    }

    @Test
    void everySettingHasASampleAndTheSamplesSetEveryComponentOfTheOptions() {
        assertThat(samples).extracting(OptionSamples::setting).containsExactly(ServerSetting.values());
        assertThat(samples).extracting(OptionSamples::component)
                .containsExactlyInAnyOrderElementsOf(leafComponents(ServerOptions.class, ""));
    }

    @Test
    void theCommandHasAFlagForEverySettingAndNoOtherOptionButHelpAndVersion() {
        List<String> flags = new CommandLine(new WamockCommand()).getCommandSpec().options().stream()
                .map(OptionSpec::longestName).filter(n -> !n.equals("--help") && !n.equals("--version")).toList();

        assertThat(flags).containsExactlyInAnyOrderElementsOf(Stream.of(ServerSetting.values()).map(ServerSetting::flag).toList());
    }

    @Test
    void eachFlagSetsItsComponentAndNothingElse() throws Exception {
        ServerOptions defaults = WamockCommand.options(Map.of());
        for (OptionSamples sample : samples) {
            ServerOptions parsed = WamockCommand.options(Map.of(), sample.args());

            assertThat(parsed).as(sample.setting().flag()).isEqualTo(sample.expected().apply(defaults));
            assertThat(valueAt(parsed, sample.component())).as(sample.setting().flag() + " changes " + sample.component())
                    .isNotEqualTo(valueAt(defaults, sample.component()));
        }
    }

    @Test
    void eachVariableSetsWhatItsFlagSets() {
        for (OptionSamples sample : samples) {
            assertThat(WamockCommand.options(sample.env())).as(sample.setting().env())
                    .isEqualTo(WamockCommand.options(Map.of(), sample.args()));
        }
    }

    @Test
    void aFlagGivenWinsOverItsVariable() {
        assertThat(WamockCommand.options(Map.of("WAMOCK_PORT", "9090"), "--port", "9191").port()).isEqualTo(9191);
    }

    @Test
    void eachBuilderMethodSetsWhatItsFlagSets() {
        for (OptionSamples sample : samples) {
            WamockServer.Builder builder = WamockServer.builder();
            sample.builder().accept(builder);

            assertThat(builder.options()).as(sample.setting().flag())
                    .isEqualTo(sample.expected().apply(ServerOptions.defaults()));
        }
    }

    @Test
    void aBuilderOfNoOptionsGivesTheDefaults() {
        assertThat(WamockServer.builder().options()).isEqualTo(ServerOptions.defaults());
    }

    /** {@code host}, {@code port}, …, {@code https.port}: components, with those of nested option records. */
    static List<String> leafComponents(Class<?> type, String prefix) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            boolean nested = t.isRecord() && t.getPackage().equals(ServerOptions.class.getPackage());
            names.addAll(nested ? leafComponents(t, prefix + c.getName() + ".") : List.of(prefix + c.getName()));
        }
        return names;
    }

    /** The value of a component path, null when a record on the way is. */
    static Object valueAt(Object record, String path) throws ReflectiveOperationException {
        Object value = record;
        for (String name : path.split("\\.")) {
            if (value == null) {
                return null;
            }
            value = value.getClass().getMethod(name).invoke(value);
        }
        return value;
    }
}
