package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Graph's versions with the dates they were introduced and stop being usable, from Meta's changelog
 * ({@code graph-versions.json} next to this class says which copy of the page gave each date). graph-observed
 * serves a call to a version expired on the session clock's date with the oldest version usable on that date
 * (Platform Versioning guide: calls to a version no longer usable "will be defaulted to the next oldest usable
 * version"); a version not in the calendar, or not yet introduced on that date, is served as asked.
 */
public final class VersionCalendar {
    /** The resource the bundled calendar is read from. */
    public static final String RESOURCE = "/dev/wamock/server/graph-versions.json";

    /**
     * One version: usable from {@code introduced} until the day before {@code availableUntil}.
     *
     * @param availableUntil the first day it is expired, or null while Meta names none ("TBD")
     */
    public record Version(String name, LocalDate introduced, LocalDate availableUntil) {
        /** Whether this version can be called on {@code date}. */
        public boolean usableOn(LocalDate date) {
            return !date.isBefore(introduced) && (availableUntil == null || date.isBefore(availableUntil));
        }
    }

    private final List<Version> versions;

    private VersionCalendar(List<Version> versions) {
        this.versions = List.copyOf(versions);
    }

    /** The calendar shipped in this jar, read once. */
    public static VersionCalendar bundled() {
        return Bundled.CALENDAR;
    }

    /** The version named {@code name} ({@code v23.0}), if the calendar has it. */
    public Optional<Version> find(String name) {
        return versions.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The version a call to {@code requested} is served with on {@code date}. */
    public String servedAs(String requested, LocalDate date) {
        Version asked = find(requested).orElse(null);
        if (asked == null || asked.availableUntil() == null || date.isBefore(asked.availableUntil())) {
            return requested;
        }
        return versions.stream().filter(v -> v.usableOn(date)).map(Version::name).findFirst().orElse(requested);
    }

    /** The UTC date a session clock stands at: when it read zero, plus its reading. */
    public static LocalDate dateOf(Instant startedAt, long clockNanos) {
        return LocalDate.ofInstant(startedAt.plusNanos(clockNanos), ZoneOffset.UTC);
    }

    private static final class Bundled {
        static final VersionCalendar CALENDAR = read();

        private static VersionCalendar read() {
            try (InputStream in = VersionCalendar.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
                }
                List<Version> versions = new ArrayList<>();
                for (JsonNode v : Mappers.JSON.readTree(in).path("versions")) {
                    JsonNode until = v.path("availableUntil");
                    versions.add(new Version(v.path("version").asString(), LocalDate.parse(v.path("introduced").asString()),
                            until.isNull() ? null : LocalDate.parse(until.asString())));
                }
                return new VersionCalendar(versions);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
