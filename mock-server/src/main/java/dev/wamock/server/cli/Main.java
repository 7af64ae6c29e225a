package dev.wamock.server.cli;

import java.util.List;

/**
 * The main class of {@code wamock-server.jar}: runs {@link WamockCommand}, in a child JVM with a heap cap when this
 * one was started without one ({@link Relaunch}; {@code -Dwamock.relaunch=false} or {@code WAMOCK_RELAUNCH=false}
 * turns that off).
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the server as the arguments say ({@code --help} lists them) and exits with its status.
     *
     * @param args the command line's arguments
     */
    public static void main(String[] args) {
        ParentWatch.startIfRelaunched();
        List<String> child = Relaunch.childCommand(args);
        if (child == null) {
            WamockCommand.main(args);
        } else {
            System.exit(Relaunch.run(child));
        }
    }
}
