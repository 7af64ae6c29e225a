package dev.wamock.scenarios.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.InvalidFileException;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.scenarios.engine.MockClock;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.ScenarioRun;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The scenario file parser never fails in a way a user cannot act on: any text, YAML or JSON, random
 * or a valid file with a few mutations, either reads into scenarios that run, or is refused with an
 * {@link InvalidFileException} whose message starts {@code file:line:col:}. Anything else (a
 * NullPointerException, a ClassCastException, a stack overflow, a plain IllegalArgumentException) fails
 * the property. 2 × 2 500 generated files; docs/reliability.md.
 */
class ScenarioFileFuzzTest {
    static final int TRIES = 2_500;

    @Property(seed = "20261125", tries = TRIES, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.FIRST)
    void randomYamlOrJsonIshTextIsReadOrRefusedWithItsPosition(@ForAll("randomFiles") Mutated file) {
        readOrRefuse(file.name(), file.text());
    }

    @Property(seed = "20261125", tries = TRIES, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.FIRST)
    void aMutatedValidScenarioIsReadOrRefusedWithItsPosition(@ForAll("mutatedScenarios") Mutated file) {
        readOrRefuse(file.name(), file.text());
    }

    /** Parses; a scenario that reads must also run; a refusal must carry file, line and column. */
    static void readOrRefuse(String fileName, String text) {
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFiles.parse(fileName, text);
        } catch (InvalidFileException e) {
            assertThat(e.getMessage()).as("message of the refusal of %s:%n%s", fileName, text)
                    .matches(Pattern.compile(Pattern.quote(fileName) + ":\\d+:\\d+: \\S.*", Pattern.DOTALL));
            assertThat(e.file()).isEqualTo(fileName);
            assertThat(e.getMessage()).as("the problem stated for %s:%n%s", fileName, text).doesNotContain("NullPointerException");
            Statistics.label("outcome").collect(e.line() == 0 ? "refused, position unknown (0:0)" : "refused with a position");
            return;
        }
        Statistics.label("outcome").collect("read");
        for (Scenario scenario : scenarios) {
            assertThat(scenario.name()).as("name of a scenario read from %s", text).isNotBlank();
            ScenarioRun run = new ScenarioRun(scenario, new MockClock().manual());
            for (int i = 0; i < 5; i++) {
                assertThat(run.decide(new RequestFacts("106540352242922", "v23.0", List.of("id"), "fake-token-" + i % 2)))
                        .as("decision %d of %s", i, scenario).isNotNull();
            }
            assertThat(run.progress()).isNotNull();
        }
    }

    Arbitrary<String> fileNames() {
        return Arbitraries.of("fuzz.yaml", "fuzz.yml", "fuzz.json", "dir/Fuzz Case.YAML");
    }

    /** Half token soup, half well-formed documents with the format's keys and values of every kind. */
    @Provide
    Arbitrary<Mutated> randomFiles() {
        return fileNames().flatMap(name -> Arbitraries.oneOf(yamlish(), Trees.documents(name))
                .map(text -> new Mutated(name, text))).withoutEdgeCases();
    }

    /** Text assembled from the tokens of the format: keys, values, YAML and JSON punctuation, odd characters. */
    Arbitrary<String> yamlish() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(Tokens.KEYS).map(k -> k + ": ")),
                net.jqwik.api.Tuple.of(5, Arbitraries.of(Tokens.VALUES)),
                net.jqwik.api.Tuple.of(6, Arbitraries.of(Tokens.PUNCTUATION)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(4)));
        return token.list().ofMaxSize(60).map(tokens -> String.join("", tokens));
    }

    /** One of the valid seed files, with one to four edits. */
    @Provide
    Arbitrary<Mutated> mutatedScenarios() {
        Arbitrary<Seeds.Seed> seed = Arbitraries.of(Seeds.ALL);
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.of(Mutation.Kind.values()),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.of(Tokens.KEYS), Arbitraries.of(Tokens.VALUES),
                        Arbitraries.of(Tokens.PUNCTUATION), Arbitraries.strings().ofMaxLength(6)))
                .as(Mutation::new);
        return Combinators.combine(seed, mutation.list().ofMinSize(1).ofMaxSize(4))
                .as((s, edits) -> new Mutated(s.fileName(), Mutation.applyAll(s.text(), edits)));
    }

    record Mutated(String name, String text) {
        @Override
        public String toString() {
            return name + ":\n" + text;
        }
    }
}
