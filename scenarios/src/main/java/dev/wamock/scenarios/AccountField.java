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
    /** {@code id}: the account number's ID; always in an answer, named or not. */
    ID("id"),
    /** {@code display_phone_number}: the phone number as displayed, e.g. {@code +1 555-010-4821}. */
    DISPLAY_PHONE_NUMBER("display_phone_number"),
    /** {@code verified_name}: the business name verified for the number. */
    VERIFIED_NAME("verified_name"),
    /** {@code status}: the number's {@link NumberStatus}. */
    STATUS("status"),
    /** {@code quality_rating}: the number's {@link QualityRating}. */
    QUALITY_RATING("quality_rating"),
    /** {@code country_code}: the number's country as an ISO 3166 code. */
    COUNTRY_CODE("country_code"),
    /** {@code country_dial_code}: the country calling code, e.g. {@code 1}. */
    COUNTRY_DIAL_CODE("country_dial_code"),
    /** {@code code_verification_status}: the {@link CodeVerificationStatus}. */
    CODE_VERIFICATION_STATUS("code_verification_status"),
    /** {@code name_status}: the display name's {@link NameStatus}. */
    NAME_STATUS("name_status"),
    /** {@code messaging_limit_tier}: the {@link MessagingLimitTier}. */
    MESSAGING_LIMIT_TIER("messaging_limit_tier"),
    /** {@code account_mode}: the {@link AccountMode}, sandbox or live. */
    ACCOUNT_MODE("account_mode"),
    /** {@code certificate}: the display name certificate. */
    CERTIFICATE("certificate"),
    /** {@code is_official_business_account}: whether the number is an official business account. */
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
