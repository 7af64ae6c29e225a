package dev.wamock.server.cli;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.InvalidFileException;
import dev.wamock.server.ServerStartException;
import dev.wamock.server.WamockServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar wamock-server.jar}: starts the mock and runs until Ctrl-C / SIGTERM. */
@Command(name = "wamock-server", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Mock of the WhatsApp Business Graph API endpoint GET /{Version}/{WhatsApp-Account-Number-ID}.")
public final class WamockCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 picks a free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--fixtures", paramLabel = "FILE", description = "JSON/YAML file of account numbers (mode: replace|extend)")
    Path fixtures;

    @Option(names = "--require-token", paramLabel = "TOKEN", description = "Accept only this access token (default: any non-empty token)")
    String requireToken;

    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.exit(execute(args));
    }

    /** Runs the command and returns its exit code: 0 after a clean stop, 1 on a start failure, 2 on misuse. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new WamockCommand());
        cli.setParameterExceptionHandler(WamockCommand::usageError);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("wamock: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("wamock: " + e.getMessage());
        err.println("usage: " + e.getCommandLine().getCommandSpec().qualifiedName()
                + " [--port N] [--host ADDR] [--fixtures FILE] [--require-token TOKEN] [--help] [--version]");
        return 2;
    }

    @Override
    public Integer call() {
        WamockServer.Builder builder = WamockServer.builder().host(host).port(port).requireToken(requireToken);
        if (fixtures != null) {
            builder.fixtures(loadFixtures());
        }
        WamockServer server;
        try {
            server = builder.start();
        } catch (ServerStartException e) {
            System.err.println("wamock: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "wamock-shutdown"));
        Banner.print(System.out, server);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private Fixtures loadFixtures() {
        try {
            return Fixtures.load(fixtures, Fixtures.defaults());
        } catch (InvalidFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
