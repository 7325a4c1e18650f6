package org.councilworkspace.audit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilworkspace.base.Messages;
import org.councilworkspace.base.ui.Translations;

/**
 * The audit log in the reader's words: an event code ("MINUTES_APPROVED") becomes a phrase from the bundles
 * ({@code audit.action.<code>}), an object type one too ({@code audit.object-type.<type>}), and the codes inside an
 * entry's details (the role before → after, a status, a stance) the labels the rest of the app gives them. The
 * stored entry never changes (it is hashed into the chain); only what is shown is worded. A code no bundle knows
 * (an entry written by an older release) is shown as written.
 */
final class AuditWording {

    static final String ACTION = "audit.action.";
    static final String OBJECT_TYPE = "audit.object-type.";

    /**
     * Which labelled enums each event's details name, by the key prefix of their labels. Details are free text
     * written when the event happened, so only a code standing where a value stands (the whole details, either
     * side of an arrow, in brackets, after a colon or "as") is labelled; a title in capitals is left as typed.
     */
    private static final Map<String, List<String>> DETAIL_CODES = Map.ofEntries(
            Map.entry("ROLE_CHANGED", List.of("CouncilRole.")),
            Map.entry("MEMBER_ADDED", List.of("CouncilRole.", "StakeholderGroup.")),
            Map.entry("PLAN_STATUS_CHANGED", List.of("PlanStatus.")),
            Map.entry("SECTION_STATE_CHANGED", List.of("SectionState.")),
            Map.entry("SECTION_REVISED", List.of("RevisionKind.")),
            Map.entry("SECTION_MOVED", List.of("OutlineMove.")),
            Map.entry("MINUTES_APPROVED", List.of("MinutesStatus.")),
            Map.entry("MINUTES_CORRECTION_STARTED", List.of("MinutesStatus.")),
            Map.entry("MINUTES_CORRECTION_APPROVED", List.of("MinutesStatus.")),
            Map.entry("MINUTES_SUMMARY_PUBLISHED", List.of("MinutesStatus.")),
            Map.entry("MINUTES_PUBLISHED", List.of("MinutesStatus.")),
            Map.entry("ACTION_ITEM_STATUS", List.of("ActionStatus.")),
            Map.entry("MEASURE_STATUS_CHANGED", List.of("MeasureStatus.")),
            Map.entry("COUNCIL_LANGUAGE_CHANGED", List.of("CalendarSystem.")),
            Map.entry("POSITION_RECORDED", List.of("Stance.")),
            Map.entry("MINORITY_OPINION_RECORDED", List.of("Stance.")),
            Map.entry("SUBMISSION_ANSWERED", List.of("consultation.Disposition.")),
            Map.entry("SUBMISSIONS_ANSWERED_TOGETHER", List.of("consultation.Disposition.")),
            Map.entry("ANSWER_TEMPLATE_SAVED", List.of("consultation.Disposition.")));

    private static final Pattern VALUE_CODE = Pattern.compile(
            "(?<=^|→ |\\(|: | as |, )([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?=$| →|\\)|,|:)");

    private AuditWording() {
    }

    /** "Minutes approved" for MINUTES_APPROVED; the code itself when no bundle has a phrase for it. */
    static String action(String code) {
        return phrase(ACTION, code);
    }

    static String objectType(String code) {
        return phrase(OBJECT_TYPE, code);
    }

    /** The entry's details with the codes that stand for values labelled in the reader's language. */
    static String details(String action, String summary) {
        return String.join("", detailParts(action, summary));
    }

    /**
     * The details as the stored text's pieces and, between them, the labels of its codes: shown as separate texts,
     * so that what was stored is never mixed into a translated string.
     */
    static List<String> detailParts(String action, String summary) {
        List<String> prefixes = DETAIL_CODES.get(action);
        if (summary == null || prefixes == null) {
            return List.of(summary == null ? "" : summary);
        }
        Matcher m = VALUE_CODE.matcher(summary);
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            String code = m.group(1);
            Optional<String> prefix = prefixes.stream().filter(p -> known(p + code)).findFirst();
            if (prefix.isPresent()) {
                parts.add(summary.substring(from, m.start()));
                parts.add(Translations.t(prefix.get() + code));
                from = m.end();
            }
        }
        parts.add(summary.substring(from));
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The phrase and its code, as the filter lists them: typing either finds the event. */
    static String filterLabel(String code) {
        String phrase = action(code);
        return phrase.equals(code) ? code : phrase + " · " + code;
    }

    private static String phrase(String prefix, String code) {
        return code != null && known(prefix + code) ? Translations.t(prefix + code) : code == null ? "" : code;
    }

    private static boolean known(String key) {
        return Messages.find(key, Translations.locale()).isPresent();
    }
}
