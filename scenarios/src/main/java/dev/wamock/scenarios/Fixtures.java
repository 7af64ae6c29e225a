package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wamock.scenarios.internal.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account numbers a server knows, by ID. Immutable. {@link #defaults()} covers every documented
 * value of every enum field; {@link #load(Path, Fixtures)} replaces or extends a set from a file:
 *
 * <pre>
 * mode: extend        # or replace (the default)
 * numbers:
 *   - id: "100000000000001"
 *     display_phone_number: "+1 555-010-0001"
 *     status: CONNECTED
 * </pre>
 */
public final class Fixtures {
    /** Classpath location of the default set. */
    public static final String DEFAULTS_RESOURCE = "/dev/wamock/fixtures/default-numbers.yaml";

    private final Map<String, AccountNumber> byId;

    private Fixtures(Collection<AccountNumber> numbers) {
        Map<String, AccountNumber> map = new LinkedHashMap<>();
        numbers.forEach(n -> map.put(n.id(), n));
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    /** A set of exactly these numbers (a later duplicate ID replaces an earlier one). */
    public static Fixtures of(Collection<AccountNumber> numbers) {
        return new Fixtures(numbers);
    }

    /** The default set shipped with wamock. */
    public static Fixtures defaults() {
        return Defaults.INSTANCE;
    }

    /** Reads {@code file} (JSON or YAML) and replaces or extends {@code base} as the file's {@code mode} says. */
    public static Fixtures load(Path file, Fixtures base) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixtures file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses fixtures text; {@code fileName} decides JSON or YAML and names the file in errors. */
    public static Fixtures parse(String fileName, String content, Fixtures base) {
        FixturesFile f = FileReader.read(fileName, content, FixturesFile.class);
        if (f == null || f.numbers == null) {
            throw new InvalidFileException(fileName, 1, 1, "numbers", "a fixtures file needs a 'numbers' list");
        }
        List<AccountNumber> numbers = new ArrayList<>();
        if (f.mode == Mode.extend) {
            numbers.addAll(base.all());
        }
        numbers.addAll(f.numbers);
        return new Fixtures(numbers);
    }

    public Optional<AccountNumber> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<AccountNumber> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    /** How a file combines with the set it is loaded over. */
    enum Mode { replace, extend }

    static final class FixturesFile {
        final Mode mode;
        final List<AccountNumber> numbers;

        @JsonCreator
        FixturesFile(@JsonProperty("mode") Mode mode, @JsonProperty("numbers") List<AccountNumber> numbers) {
            this.mode = mode == null ? Mode.replace : mode;
            this.numbers = numbers;
        }
    }

    private static final class Defaults {
        static final Fixtures INSTANCE = loadDefaults();

        private static Fixtures loadDefaults() {
            try (InputStream in = Fixtures.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return parse(DEFAULTS_RESOURCE, text, of(List.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
