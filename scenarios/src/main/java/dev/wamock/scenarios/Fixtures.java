package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wamock.scenarios.engine.FileReader;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.internal.BoundedText;
import dev.wamock.scenarios.internal.BundledYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The account numbers a server knows, by ID, and by the WhatsApp Business Account each belongs to. Immutable.
 * {@link #defaults()} covers every documented value of every enum field, in two accounts of three numbers;
 * {@link #load(Path, Fixtures)} replaces or extends a set from a file:
 *
 * <pre>
 * mode: extend        # or replace (the default)
 * numbers:
 *   - id: "100000000000001"
 *     waba_id: "100000000000900"   # optional: AccountNumber.DEFAULT_WABA_ID when absent
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

    /**
     * Reads {@code file} (JSON or YAML) and replaces or extends {@code base} as the file's {@code mode} says.
     * A file that is not a regular file, is larger than 4 MiB or is not UTF-8 is refused before parsing
     * ({@link InvalidFileException} {@code cannot read <file>: <reason>}).
     */
    public static Fixtures load(Path file, Fixtures base) {
        return parse(file.toString(), BoundedText.read(file), base);
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

    /** The number with this ID, if the set has one. */
    public Optional<AccountNumber> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The numbers of the WhatsApp Business Account {@code wabaId}, in the order they were given; empty when none. */
    public List<AccountNumber> ofAccount(String wabaId) {
        return byId.values().stream().filter(n -> n.wabaId().equals(wabaId)).toList();
    }

    /** Every number of the set, in the order they were given. */
    public List<AccountNumber> all() {
        return List.copyOf(byId.values());
    }

    /** How many numbers the set holds. */
    public int size() {
        return byId.size();
    }

    /** Equal when both hold the same numbers in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fixtures f && all().equals(f.all());
    }

    @Override
    public int hashCode() {
        return all().hashCode();
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

    /**
     * The shipped set, read as a tree and mapped field by field: Jackson's data binding of
     * {@link AccountNumber} would cost every server start tens of milliseconds of introspection.
     * {@code DefaultFixturesTest} proves the result equals what {@link #parse} makes of the same file.
     */
    private static final class Defaults {
        static final String WABA_ID = "waba_id";
        static final Fixtures INSTANCE = loadDefaults();

        private static Fixtures loadDefaults() {
            List<AccountNumber> numbers = new ArrayList<>();
            BundledYaml.tree(DEFAULTS_RESOURCE).path("numbers").forEach(n -> numbers.add(number(n)));
            return of(numbers);
        }

        private static AccountNumber number(JsonNode node) {
            Map<AccountField, Object> v = new java.util.EnumMap<>(AccountField.class);
            node.properties().forEach(p -> {
                if (p.getKey().equals(WABA_ID)) {
                    return;
                }
                AccountField field = AccountField.fromWireName(p.getKey()).orElseThrow(() -> new IllegalStateException(
                        DEFAULTS_RESOURCE + ": unknown field '" + p.getKey() + "'"));
                JsonNode value = p.getValue();
                v.put(field, value.isNull() ? null
                        : FieldValues.coerce(field, value.isBoolean() ? value.asBoolean() : value.asString()));
            });
            return new AccountNumber((String) v.get(AccountField.ID), (String) v.get(AccountField.DISPLAY_PHONE_NUMBER),
                    (String) v.get(AccountField.VERIFIED_NAME), (NumberStatus) v.get(AccountField.STATUS),
                    (QualityRating) v.get(AccountField.QUALITY_RATING), (String) v.get(AccountField.COUNTRY_CODE),
                    (String) v.get(AccountField.COUNTRY_DIAL_CODE),
                    (CodeVerificationStatus) v.get(AccountField.CODE_VERIFICATION_STATUS),
                    (NameStatus) v.get(AccountField.NAME_STATUS), (MessagingLimitTier) v.get(AccountField.MESSAGING_LIMIT_TIER),
                    (AccountMode) v.get(AccountField.ACCOUNT_MODE), (String) v.get(AccountField.CERTIFICATE),
                    (Boolean) v.get(AccountField.IS_OFFICIAL_BUSINESS_ACCOUNT),
                    node.has(WABA_ID) ? node.get(WABA_ID).asString() : null);
        }
    }
}
