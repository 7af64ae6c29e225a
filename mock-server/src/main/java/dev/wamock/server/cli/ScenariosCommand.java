package dev.wamock.server.cli;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wamock-server scenarios}: the catalogue, with descriptions and magic number IDs. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the built-in scenarios (and those of --scenarios PATH) with their magic number IDs,"
                + " the attempts each needs to get a 200, and their tags.")
final class ScenariosCommand implements Callable<Integer> {
    private static final String ROW = "%-38s %-14s %-8s %s%n";

    @Option(names = "--scenarios", paramLabel = "PATH", description = "Also list the scenarios of this file or directory")
    Path scenarios;

    @Override
    public Integer call() {
        System.out.println("ATTEMPTS: the request that first gets a correct 200, from fresh counts (a client needs at"
                + " least that many attempts); never: no request does.");
        System.out.println();
        System.out.printf(ROW, "SCENARIO", "MAGIC NUMBER", "ATTEMPTS", "DESCRIPTION [TAGS]");
        for (CatalogueEntry b : BuiltInScenarios.all()) {
            System.out.printf(ROW, b.name(), b.magicNumber(), attempts(b.attemptsToSucceed(), "never"),
                    b.description() + " [" + String.join(", ", b.tags()) + "]");
        }
        if (scenarios != null) {
            for (Scenario s : ScenarioFiles.load(scenarios)) {
                System.out.printf(ROW, s.name(), "-", attempts(new CatalogueEntry(s, null).attemptsToSucceed(), "-"),
                        s.description());
            }
        }
        System.out.println();
        System.out.println("Trigger one: header 'X-Wamock-Scenario: NAME', GET /v23.0/MAGIC_NUMBER,"
                + " or POST /__wamock/scenario {\"name\": \"NAME\"} with Content-Type: application/json");
        return 0;
    }

    private static String attempts(Integer attempts, String none) {
        return attempts == null ? none : attempts.toString();
    }
}
