package dev.wamock.server.cli;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.server.HttpsOptions;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.ServerOptions;
import dev.wamock.server.ServerStartException;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.internal.jetty.JettyProperties;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar wamock-server.jar}: starts the mock and runs until Ctrl-C / SIGTERM. */
@Command(name = "wamock-server", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = ScenariosCommand.class,
        description = "Mock of the WhatsApp Business Graph API endpoint GET /{Version}/{WhatsApp-Account-Number-ID}.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped (Ctrl-C, SIGTERM), every exchange answered and journaled",
                "1:could not start (port in use, unreadable file)", "2:misuse (unknown option, bad value)",
                "3:stopped, but exchanges were lost: cut off unanswered after the drain timeout, or not written"
                        + " to the --journal-file (full disk; see stderr)"})
public final class WamockCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "TCP port (0 picks a free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Interface to bind. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--fixtures", paramLabel = "FILE",
            description = "JSON/YAML file of account numbers (mode: replace|extend)")
    Path fixtures;

    @Option(names = "--require-token", paramLabel = "TOKEN",
            description = "Accept only this access token (default: any non-empty token)")
    String requireToken;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Scenario active at start and after reset")
    String scenario;

    @Option(names = "--scenarios", paramLabel = "PATH",
            description = "Scenario file (YAML/JSON) or directory of them")
    Path scenarios;

    @Option(names = "--journal-capacity", paramLabel = "N", defaultValue = "10000",
            description = "Journal entries kept (older ones are dropped and counted). Default: ${DEFAULT-VALUE}")
    int journalCapacity;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Require this bearer token on every /__wamock/ call but health and the dashboard's page files"
                    + " (default: open)")
    String adminToken;

    @Option(names = "--admin-allowed-hosts", paramLabel = "HOSTS", split = ",",
            description = "Host names an admin call may name in its Host header besides localhost, 127.0.0.0/8, [::1]"
                    + " and the bound address (comma-separated; '*' for any, as the image sets). Default: none")
    java.util.List<String> adminAllowedHosts;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "documented",
            description = "documented (endpoint.md, the default) or graph-observed (what production sends)")
    String profile;

    @Option(names = "--rate-limit-status", paramLabel = "400|429", defaultValue = "400",
            description = "graph-observed: HTTP status of rate-limit errors. Default: ${DEFAULT-VALUE}")
    int rateLimitStatus;

    @Option(names = "--token-error-status", paramLabel = "400|401", defaultValue = "400",
            description = "graph-observed: HTTP status of token errors (code 190/104). Default: ${DEFAULT-VALUE}")
    int tokenErrorStatus;

    @Option(names = "--journal-file", paramLabel = "PATH",
            description = "Also append every journal entry to this JSON Lines file (flushed at least every second;"
                    + " whole lines only: entries it cannot take are reported, counted in health, and exit 3)")
    Path journalFile;

    @Option(names = "--state", paramLabel = "URI",
            description = "Keep scenario progress, rate-limit windows, the clock and the journal in a shared store, so"
                    + " replicas behind a load balancer act as one server: redis://host:6379[/db] (default: in memory)")
    String state;

    @Option(names = "--https-port", paramLabel = "N",
            description = "Also listen for HTTPS on this port (0 picks a free one), with a certificate for localhost,"
                    + " 127.0.0.1, ::1 and graph.facebook.com signed by a CA made for this run (its PEM file is printed)."
                    + " Default: HTTP only")
    Integer httpsPort;

    @Option(names = "--keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the key and chain of this PKCS#12 file instead of a generated certificate")
    Path keystore;

    @Option(names = "--keystore-password", paramLabel = "PASSWORD",
            description = "The --keystore's password")
    String keystorePassword;

    @Option(names = "--proxy", defaultValue = "false", fallbackValue = "true", arity = "0..1",
            description = "The HTTP port also acts as an HTTP(S) proxy for graph.facebook.com (CONNECT is tunnelled to"
                    + " the HTTPS listener, on a free port unless --https-port); any other host gets a 502 and is never"
                    + " contacted")
    boolean proxy;

    @Option(names = "--webhook-url", paramLabel = "URL",
            description = "POST status webhooks after sends, and inbound user messages, to this http(s) URL, on the"
                    + " scenario clock and retried (docs/webhooks.md). Default: none")
    String webhookUrl;

    @Option(names = "--app-secret", paramLabel = "SECRET",
            description = "Sign webhooks with this app secret (X-Hub-Signature-256); WAMOCK_APP_SECRET keeps it off the"
                    + " process list. Default: unsigned")
    String appSecret;

    @Option(names = "--verify-token", paramLabel = "TOKEN",
            description = "The verify token wamock sends in the webhook verification handshake. Default: none")
    String verifyToken;

    @Option(names = "--messaging-limits", paramLabel = "FILE",
            description = "JSON file of WhatsApp's messaging limits, keys optional: {\"messagesPerSecond\": 80,"
                    + " \"pairInterval\": \"6s\", \"pairBurst\": 45, \"serviceWindow\": \"24h\", \"undeliverable\": [],"
                    + " \"spamLimited\": [], \"marketingPerUserPerDay\": null, \"templates\": []} (docs/messages.md)."
                    + " Default: Meta's values")
    Path messagingLimits;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Preload preload;

    /** The command with no preloading; picocli fills its options. */
    public WamockCommand() {
        this(Preload.NONE);
    }

    private WamockCommand(Preload preload) {
        this.preload = preload;
    }

    /** Runs the server as the arguments say ({@code --help} lists them) and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** What {@link #main} does, up to the exit: also the class-data archive's training run. */
    static int run(String... args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        Preload preload = Preload.start(); // first: the other core starts Jetty and loads the data while this one parses
        return execute(new WamockCommand(preload), args);
    }

    /** Runs the command and returns its exit code: 1 on a start failure, 2 on misuse (see --help's exit codes). */
    public static int execute(String... args) {
        return execute(new WamockCommand(), args);
    }

    private static int execute(WamockCommand command, String... args) {
        CommandLine cli = commandLine(command, System.getenv());
        cli.setParameterExceptionHandler(WamockCommand::usageError);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("wamock: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * The options a server started with these arguments and {@code WAMOCK_*} variables would have, without starting
     * it: what {@code java -jar wamock-server.jar} makes of them (files named are read). For tests of the mapping.
     *
     * @throws CommandLine.ParameterException for a misuse (exit 2 on the command line)
     * @throws IllegalArgumentException       for a value the server refuses (exit 1)
     */
    public static ServerOptions options(Map<String, String> env, String... args) {
        WamockCommand command = new WamockCommand();
        commandLine(command, env).parseArgs(args);
        return command.options();
    }

    /** The command line of {@code command}, whose options default to the variables of {@code env}. */
    private static CommandLine commandLine(WamockCommand command, Map<String, String> env) {
        CommandLine cli = new CommandLine(command);
        EnvDefaults.install(cli, env);
        return cli;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("wamock: " + e.getMessage());
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        err.println("usage: " + spec.qualifiedName() + " " + spec.options().stream()
                .map(o -> "[" + o.longestName() + (o.typeInfo().isBoolean() ? "" : " " + o.paramLabel()) + "]")
                .collect(java.util.stream.Collectors.joining(" "))
                + (spec.subcommands().isEmpty() ? "" : " [" + String.join("|", spec.subcommands().keySet()) + "]"));
        return 2;
    }

    /** Closes the server and says what was lost: the exit code, 0 or 3. Never throws (it runs in the shutdown hook). */
    private static int stop(WamockServer server) {
        try {
            server.close();
        } catch (RuntimeException e) {
            System.err.println("wamock: stopped, but the stop failed (" + e + "); exchanges may be lost");
            return 3;
        }
        long notWritten = server.journalFileLost();
        long cutOff = server.journalEntriesLost() - notWritten;
        if (cutOff > 0) {
            System.err.println("wamock: stopped, but " + cutOff + " exchange(s) were lost (cut off unanswered after "
                    + WamockServer.DRAIN_TIMEOUT.toSeconds() + " s)");
        }
        if (notWritten > 0) {
            String entries = notWritten == 1 ? " journal entry is" : " journal entries are";
            System.err.println("wamock: stopped, but " + notWritten + entries
                    + " missing from the journal file (not written: see the first error above)");
        }
        return cutOff + notWritten > 0 ? 3 : 0;
    }

    /**
     * The options as the server takes them: the one place that maps the command line (and so the {@code WAMOCK_*}
     * variables) to {@link ServerOptions}. Reads the fixtures, scenario and messaging-limits files named.
     */
    ServerOptions options() {
        HttpsOptions https = https();
        Fixtures numbers = fixtures == null ? Fixtures.defaults() : Fixtures.load(fixtures, Fixtures.defaults());
        List<String> adminHosts = adminAllowedHosts == null ? null
                : adminAllowedHosts.stream().filter(h -> !h.isBlank()).toList();
        return new ServerOptions(host, port, numbers, requireToken,
                scenarios == null ? List.of() : ScenarioFiles.load(scenarios), scenario, journalCapacity, adminToken,
                new ProfileOptions(Profile.fromWireName(profile), rateLimitStatus, tokenErrorStatus), journalFile,
                adminHosts, state == null || state.isBlank() ? null : stateUri(state), https,
                webhookUrl == null ? null : WebhookOptions.none().withCallbackUrl(webhookUrl).callbackUrl(),
                appSecret, verifyToken, messagingLimits == null ? null : MessagingLimits.load(messagingLimits));
    }

    private static java.net.URI stateUri(String uri) {
        try {
            return new java.net.URI(uri);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--state must be a URI like redis://localhost:6379/0: " + e.getMessage());
        }
    }

    /** The HTTPS listener and proxy mode, or null for HTTP only; a keystore (or its password) alone is a misuse. */
    private HttpsOptions https() {
        if (keystorePassword != null && keystore == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--keystore-password was given without --keystore FILE (a PKCS#12 file)");
        }
        if (keystore != null && httpsPort == null && !proxy) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--keystore " + keystore + " is the"
                    + " certificate of the HTTPS listener, which is off: add --https-port N (0 picks a free one) or --proxy");
        }
        return httpsPort == null && !proxy ? null
                : new HttpsOptions(httpsPort == null ? 0 : httpsPort, keystore, keystorePassword, proxy);
    }

    @Override
    public Integer call() {
        WamockServer server;
        try {
            preload.await();
            server = WamockServer.builder().options(options()).start();
            // the admin API's and dashboard's routes: built after the first answer, off its path (or when first asked)
            dev.wamock.server.internal.jetty.SharedJetty.get().buildRoutesAfterAnAnswer();
        } catch (ServerStartException | IllegalArgumentException | java.io.UncheckedIOException
                 | dev.wamock.scenarios.engine.state.StateUnavailableException e) {
            System.err.println("wamock: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            int exit = stop(server);
            System.out.flush();
            System.err.flush();
            stopped.countDown();
            // a signal would end the JVM with 128+signal: say instead whether anything was lost (3) or not (0)
            Runtime.getRuntime().halt(exit);
        }, "wamock-shutdown"));
        Banner.warnIfExposed(System.err, server);
        Banner.print(System.out, server);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
