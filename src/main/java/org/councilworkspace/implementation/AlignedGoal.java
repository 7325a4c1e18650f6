package org.councilworkspace.implementation;

import java.util.Locale;

/** A goal as a published measure was aligned with it: copied with its titles, so later edits never change it. */
public record AlignedGoal(String code, String titleEn, String titleJa, String titleTh) {

    static AlignedGoal of(Goal goal) {
        return new AlignedGoal(goal.code(), goal.titleEn(), goal.titleJa(), goal.titleTh());
    }

    /** In the language of a portal page ("en", "ja", "th"). */
    public String label(String language) {
        return new Goal(0, 0, null, code, titleEn, titleJa, titleTh).label(Locale.forLanguageTag(language));
    }
}
