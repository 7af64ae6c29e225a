package dev.wamock.server.cli;

import dev.wamock.scenarios.BuiltInScenario;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wamock-server scenarios}: the catalogue, with descriptions and magic number IDs. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the built-in scenarios (and those of --scenarios PATH) with their magic number IDs.")
final class ScenariosCommand implements Callable<Integer> {
    @Option(names = "--scenarios", paramLabel = "PATH", description = "Also list the scenarios of this file or directory")
    Path scenarios;

    @Override
    public Integer call() {
        System.out.printf("%-38s %-14s %s%n", "SCENARIO", "MAGIC NUMBER", "DESCRIPTION");
        for (BuiltInScenario b : BuiltInScenarios.all()) {
            System.out.printf("%-38s %-14s %s%n", b.name(), b.magicNumber(), b.description());
        }
        if (scenarios != null) {
            for (Scenario s : ScenarioFiles.load(scenarios)) {
                System.out.printf("%-38s %-14s %s%n", s.name(), "-", s.description());
            }
        }
        System.out.println();
        System.out.println("Trigger one: header 'X-Wamock-Scenario: NAME', GET /v23.0/MAGIC_NUMBER,"
                + " or POST /__wamock/scenario {\"name\": \"NAME\"} with Content-Type: application/json");
        return 0;
    }
}
