package dev.wamock.assertions.internal;

import java.math.BigDecimal;

/** A double as short text: {@code 2}, {@code 1.5}, {@code 50}. Internal. */
final class BigDecimalText {
    private BigDecimalText() {
    }

    static String of(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
