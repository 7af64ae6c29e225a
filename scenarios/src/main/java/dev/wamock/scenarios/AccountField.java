package dev.wamock.scenarios;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields a client may name in {@code ?fields=}, with their wire names. Mirrors the properties of
 * the contract's {@code WhatsAppAccountNumber} schema; {@code ContractEnumsTest} fails if they drift.
 */
public enum AccountField {
    ID("id"),
    DISPLAY_PHONE_NUMBER("display_phone_number"),
    VERIFIED_NAME("verified_name"),
    STATUS("status"),
    QUALITY_RATING("quality_rating"),
    COUNTRY_CODE("country_code"),
    COUNTRY_DIAL_CODE("country_dial_code"),
    CODE_VERIFICATION_STATUS("code_verification_status"),
    NAME_STATUS("name_status"),
    MESSAGING_LIMIT_TIER("messaging_limit_tier"),
    ACCOUNT_MODE("account_mode"),
    CERTIFICATE("certificate"),
    IS_OFFICIAL_BUSINESS_ACCOUNT("is_official_business_account");

    /** What the endpoint returns when {@code fields} is absent (endpoint.md). */
    public static final List<AccountField> DEFAULTS = List.of(ID, DISPLAY_PHONE_NUMBER, STATUS);

    private static final Map<String, AccountField> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(AccountField::wireName, Function.identity()));

    private final String wireName;

    AccountField(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire, e.g. {@code quality_rating}. */
    public String wireName() {
        return wireName;
    }

    /** The field with this wire name, if the contract has one. */
    public static Optional<AccountField> fromWireName(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }

    /** Every wire name, in contract order. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(AccountField::wireName).toList();
    }
}
