package dev.wamock.scenarios;

import java.util.Arrays;

/** Turns a field value given as text or as a typed value into the type the field holds. */
final class FieldValues {
    private FieldValues() {
    }

    static Object coerce(AccountField field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case STATUS -> enumValue(NumberStatus.class, field, value);
            case QUALITY_RATING -> enumValue(QualityRating.class, field, value);
            case CODE_VERIFICATION_STATUS -> enumValue(CodeVerificationStatus.class, field, value);
            case NAME_STATUS -> enumValue(NameStatus.class, field, value);
            case MESSAGING_LIMIT_TIER -> enumValue(MessagingLimitTier.class, field, value);
            case ACCOUNT_MODE -> enumValue(AccountMode.class, field, value);
            case IS_OFFICIAL_BUSINESS_ACCOUNT -> booleanValue(field, value);
            default -> value.toString();
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, AccountField field, Object value) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        String text = value.toString().trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(field.wireName() + " cannot be '" + text + "'; allowed: "
                + Arrays.toString(type.getEnumConstants()));
    }

    private static Boolean booleanValue(AccountField field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException(field.wireName() + " cannot be '" + text + "'; allowed: [true, false]");
    }
}
