package dev.wamock.server.cli;

import dev.wamock.scenarios.AccountNumber;
import dev.wamock.server.WamockServer;
import java.io.PrintStream;

/** What the CLI prints once it is ready: the base URL and one curl to paste. */
final class Banner {
    private Banner() {
    }

    static void print(PrintStream out, WamockServer server) {
        AccountNumber first = server.options().fixtures().all().stream().findFirst().orElse(null);
        out.println("wamock " + Version.current() + " listening on " + server.baseUrl());
        if (first != null) {
            out.println("try: curl -H 'Authorization: Bearer fake-token' '" + server.baseUrl() + "/v23.0/" + first.id()
                    + "?fields=verified_name,quality_rating,messaging_limit_tier'");
        }
        out.println("Ctrl-C stops it.");
        out.flush();
    }
}
