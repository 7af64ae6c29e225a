package dev.wamock.server.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ({@code Implementation-Version}). */
public final class Version implements IVersionProvider {
    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"wamock-server " + current()};
    }
}
