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

    /** The period within its year: "Q3", "H1", or the year's own label for annual KPIs. */
    static String part(int periodNo, ReportingFrequency frequency) {
        return switch (frequency) {
            case ANNUAL -> Translations.t("implementation.period.whole-year");
            case HALF_YEARLY -> Translations.t("implementation.period.half-only", periodNo);
            case QUARTERLY -> Translations.t("implementation.period.quarter-only", periodNo);
        };
    }
}
