package org.councilworkspace.implementation.ui;

import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.ReportingFrequency;

/** Names of reporting periods: "2027", "2027 H1", "2027 Q3", in the reader's language. */
final class Periods {

    private Periods() {
    }

    static String label(int year, int periodNo, ReportingFrequency frequency) {
        return switch (frequency) {
            case ANNUAL -> Integer.toString(year);
            case HALF_YEARLY -> Translations.t("implementation.period.half", Integer.toString(year), periodNo);
            case QUARTERLY -> Translations.t("implementation.period.quarter", Integer.toString(year), periodNo);
        };
    }
}
