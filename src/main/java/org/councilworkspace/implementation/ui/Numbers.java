package org.councilworkspace.implementation.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.councilworkspace.base.ui.Translations;

/** Numbers of the register in the reader's locale. */
final class Numbers {

    private Numbers() {
    }

    static String of(BigDecimal value) {
        return value == null ? "" : format().format(value);
    }

    static String of(double value) {
        return format().format(value);
    }

    static String money(BigDecimal amount, String currency) {
        NumberFormat f = NumberFormat.getNumberInstance(Translations.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount) + " " + currency;
    }

    private static NumberFormat format() {
        NumberFormat f = NumberFormat.getNumberInstance(Translations.locale());
        f.setMaximumFractionDigits(2);
        return f;
    }
}
