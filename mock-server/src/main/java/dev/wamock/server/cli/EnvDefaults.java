package dev.wamock.server.cli;

import dev.wamock.scenarios.ServerSetting;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code WAMOCK_*} variables as the defaults of {@link WamockCommand}'s options: {@code --https-port} defaults to
 * {@code WAMOCK_HTTPS_PORT}, by the one list of them, {@link ServerSetting}, that {@code WamockContainer} writes by
 * too. A flag given wins over its variable; an option without either keeps the default its annotation names. The
 * help's footer lists the variables.
 */
final class EnvDefaults implements CommandLine.IDefaultValueProvider {
    private static final Map<String, ServerSetting> BY_FLAG = Arrays.stream(ServerSetting.values())
            .collect(Collectors.toUnmodifiableMap(ServerSetting::flag, Function.identity()));

    private final Map<String, String> env;

    private EnvDefaults(Map<String, String> env) {
        this.env = env;
    }

    /** Makes {@code env}'s variables the defaults of {@code cli}'s options, and names them in its help. */
    static void install(CommandLine cli, Map<String, String> env) {
        cli.setDefaultValueProvider(new EnvDefaults(Map.copyOf(env)));
        cli.getCommandSpec().usageMessage().footer(footer());
    }

    /** The setting behind an option of the server command, or null (help, version, subcommands' options). */
    static ServerSetting setting(OptionSpec option) {
        return option.command().userObject() instanceof WamockCommand ? BY_FLAG.get(option.longestName()) : null;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        ServerSetting setting = arg instanceof OptionSpec option ? setting(option) : null;
        String value = setting == null ? null : env.get(setting.env());
        // picocli expands ${…} in what a provider returns; a variable's value is taken as it is
        return value == null ? null : value.replace("${", "$${");
    }

    private static String[] footer() {
        List<String> names = Arrays.stream(ServerSetting.values()).map(ServerSetting::env).toList();
        StringBuilder text = new StringBuilder("%nEnvironment: every option can be set as a variable of its name"
                + " instead (--https-port 8443: WAMOCK_HTTPS_PORT=8443); a flag given wins.%n ");
        int width = 1;
        for (String name : names) {
            if (width + name.length() + 1 > 76) {
                text.append("%n ");
                width = 1;
            }
            text.append(' ').append(name);
            width += name.length() + 1;
        }
        return new String[] {text.toString()};
    }
}
