package org.councilworkspace.council;

import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.base.TextRules;

/** A council's settings as the administrator or its managers enter them, checked and tidied before they are saved. */
final class CouncilSettingsCheck {

    private CouncilSettingsCheck() {
    }

    static CouncilSettings valid(CouncilSettings s, Long existingId, CouncilRepository councils) {
        if (s.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        if (s.consensusRule() == null) {
            throw new InvalidInputException("consensusRule", "validation.required");
        }
        String name = TextRules.requiredLine("name", s.name(), 200);
        String mandate = TextRules.requiredText("mandate", s.mandate(), 4000);
        if (s.termStart() == null) {
            throw new InvalidInputException("termStart", "validation.required");
        }
        if (s.termEnd() != null && s.termEnd().isBefore(s.termStart())) {
            throw new InvalidInputException("termEnd", "council.term-end-before-start");
        }
        if (s.quorumPercent() < 0 || s.quorumPercent() > 100) {
            throw new InvalidInputException("quorumPercent", "validation.range", 0, 100);
        }
        if (s.majorityPercent() < 50 || s.majorityPercent() > 100) {
            throw new InvalidInputException("majorityPercent", "validation.range", 50, 100);
        }
        if (s.parentId() != null) {
            if (!councils.exists(s.parentId())) {
                throw new InvalidInputException("parentId", "council.parent-missing");
            }
            if (s.parentId().equals(existingId)) {
                throw new InvalidInputException("parentId", "council.parent-self");
            }
        }
        if (councils.nameTaken(name, existingId)) {
            throw new InvalidInputException("name", "council.name-taken");
        }
        if (s.documentLanguage() != null && !SupportedLocales.isSupported(s.documentLanguage())) {
            throw new InvalidInputException("documentLanguage", "council.language-unsupported");
        }
        // Left out, the language and calendar stay what they were (English and Gregorian for a new council).
        Council existing = existingId == null ? null : councils.find(existingId).orElse(null);
        String language = s.documentLanguage() != null ? s.documentLanguage()
                : existing != null ? existing.documentLanguage() : "en";
        CalendarSystem calendar = s.calendar() != null ? s.calendar()
                : existing != null ? existing.calendar() : CalendarSystem.GREGORIAN;
        return new CouncilSettings(name, s.kind(), mandate, s.parentId(), s.termStart(), s.termEnd(),
                s.consensusRule(), s.majorityPercent(), s.quorumPercent(), s.membersMayEdit(), language, calendar);
    }
}
