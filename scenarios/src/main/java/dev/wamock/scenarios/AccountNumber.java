package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One WhatsApp account number as the mock serves it: every field of the contract's
 * {@code WhatsAppAccountNumber} schema, and the WhatsApp Business Account it belongs to ({@code waba_id}: not a
 * field of the number's answers; it keys the number under {@code GET /{Version}/{WABA-ID}/phone_numbers} and in
 * {@code x-business-use-case-usage}). Immutable; {@link #with} and {@link #withWabaId} return a changed copy.
 *
 * @param wabaId the ID of the WhatsApp Business Account the number belongs to; {@link #DEFAULT_WABA_ID} when null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountNumber(
        @JsonProperty("id") String id,
        @JsonProperty("display_phone_number") String displayPhoneNumber,
        @JsonProperty("verified_name") String verifiedName,
        @JsonProperty("status") NumberStatus status,
        @JsonProperty("quality_rating") QualityRating qualityRating,
        @JsonProperty("country_code") String countryCode,
        @JsonProperty("country_dial_code") String countryDialCode,
        @JsonProperty("code_verification_status") CodeVerificationStatus codeVerificationStatus,
        @JsonProperty("name_status") NameStatus nameStatus,
        @JsonProperty("messaging_limit_tier") MessagingLimitTier messagingLimitTier,
        @JsonProperty("account_mode") AccountMode accountMode,
        @JsonProperty("certificate") String certificate,
        @JsonProperty("is_official_business_account") Boolean isOfficialBusinessAccount,
        @JsonProperty("waba_id") String wabaId) {

    /** The WhatsApp Business Account of a number that names none: the first account of the default fixtures. */
    public static final String DEFAULT_WABA_ID = "104996122399160";

    /**
     * Checks the required fields.
     *
     * @throws IllegalArgumentException when {@code id} is missing or not numeric, {@code display_phone_number} is
     * missing or blank, or {@code waba_id} is given and not numeric
     * @throws NullPointerException when {@code status} is missing
     */
    public AccountNumber {
        requirePresent(id, "id");
        requirePresent(displayPhoneNumber, "display_phone_number");
        Objects.requireNonNull(status, "status is required (one of " + java.util.Arrays.toString(NumberStatus.values()) + ")");
        if (!id.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("id must be numeric, like 106540352242922, but was '" + id + "'");
        }
        wabaId = wabaId == null ? DEFAULT_WABA_ID : wabaId;
        if (!numeric(wabaId)) {
            throw new IllegalArgumentException("waba_id must be numeric, like " + DEFAULT_WABA_ID + ", but was '"
                    + wabaId + "'; leave it out for the default account " + DEFAULT_WABA_ID);
        }
    }

    /** A number of the default WhatsApp Business Account, {@link #DEFAULT_WABA_ID}. */
    public AccountNumber(String id, String displayPhoneNumber, String verifiedName, NumberStatus status,
                         QualityRating qualityRating, String countryCode, String countryDialCode,
                         CodeVerificationStatus codeVerificationStatus, NameStatus nameStatus,
                         MessagingLimitTier messagingLimitTier, AccountMode accountMode, String certificate,
                         Boolean isOfficialBusinessAccount) {
        this(id, displayPhoneNumber, verifiedName, status, qualityRating, countryCode, countryDialCode,
                codeVerificationStatus, nameStatus, messagingLimitTier, accountMode, certificate,
                isOfficialBusinessAccount, null);
    }

    private static boolean numeric(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void requirePresent(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
    }

    /** The value of one field, or {@code null} where this number has none. */
    public Object value(AccountField field) {
        return switch (field) {
            case ID -> id;
            case DISPLAY_PHONE_NUMBER -> displayPhoneNumber;
            case VERIFIED_NAME -> verifiedName;
            case STATUS -> status;
            case QUALITY_RATING -> qualityRating;
            case COUNTRY_CODE -> countryCode;
            case COUNTRY_DIAL_CODE -> countryDialCode;
            case CODE_VERIFICATION_STATUS -> codeVerificationStatus;
            case NAME_STATUS -> nameStatus;
            case MESSAGING_LIMIT_TIER -> messagingLimitTier;
            case ACCOUNT_MODE -> accountMode;
            case CERTIFICATE -> certificate;
            case IS_OFFICIAL_BUSINESS_ACCOUNT -> isOfficialBusinessAccount;
        };
    }

    /**
     * A copy with one field changed. {@code value} may be the typed value or its wire text
     * ({@code "RED"}, {@code "true"}); a value the field cannot take is rejected with the allowed ones.
     */
    public AccountNumber with(AccountField field, Object value) {
        Object v = FieldValues.coerce(field, value);
        return new AccountNumber(
                field == AccountField.ID ? (String) v : id,
                field == AccountField.DISPLAY_PHONE_NUMBER ? (String) v : displayPhoneNumber,
                field == AccountField.VERIFIED_NAME ? (String) v : verifiedName,
                field == AccountField.STATUS ? (NumberStatus) v : status,
                field == AccountField.QUALITY_RATING ? (QualityRating) v : qualityRating,
                field == AccountField.COUNTRY_CODE ? (String) v : countryCode,
                field == AccountField.COUNTRY_DIAL_CODE ? (String) v : countryDialCode,
                field == AccountField.CODE_VERIFICATION_STATUS ? (CodeVerificationStatus) v : codeVerificationStatus,
                field == AccountField.NAME_STATUS ? (NameStatus) v : nameStatus,
                field == AccountField.MESSAGING_LIMIT_TIER ? (MessagingLimitTier) v : messagingLimitTier,
                field == AccountField.ACCOUNT_MODE ? (AccountMode) v : accountMode,
                field == AccountField.CERTIFICATE ? (String) v : certificate,
                field == AccountField.IS_OFFICIAL_BUSINESS_ACCOUNT ? (Boolean) v : isOfficialBusinessAccount, wabaId);
    }

    /** A copy that belongs to the WhatsApp Business Account {@code wabaId} (numeric; null: the default one). */
    public AccountNumber withWabaId(String wabaId) {
        return new AccountNumber(id, displayPhoneNumber, verifiedName, status, qualityRating, countryCode,
                countryDialCode, codeVerificationStatus, nameStatus, messagingLimitTier, accountMode, certificate,
                isOfficialBusinessAccount, wabaId);
    }
}
