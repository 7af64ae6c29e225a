package dev.wamock.server.cli;

/**
 * The child side of {@link Relaunch}: a JVM started with {@code -D}{@value #PARENT}{@code =<pid>} exits, through its
 * shutdown hook (drain, journal file flushed), once that process is gone, so a launcher killed with SIGKILL leaves no
 * server behind.
 */
final class ParentWatch {
    /** The system property {@link Relaunch} gives the child: the launcher's process ID. */
    static final String PARENT = "wamock.relaunched-by";
    private static final long EVERY_MILLIS = 500;

    private ParentWatch() {
    }

    /** Starts the watch when this JVM was relaunched; does nothing otherwise. */
    static void startIfRelaunched() {
        String pid = System.getProperty(PARENT);
        if (pid == null) {
            return;
        }
        ProcessHandle parent = ProcessHandle.of(Long.parseLong(pid.strip())).orElse(null);
        Thread watch = new Thread(() -> {
            while (parent != null && parent.isAlive()) {
                try {
                    Thread.sleep(EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(0); // the shutdown hook says 0 or 3 and halts with it
        }, "wamock-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
