package org.councilworkspace.meeting;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.councilworkspace.base.Messages;
import org.councilworkspace.council.CouncilKind;

/**
 * The orders of business councils already follow. Their item titles come from the bundles in the council's document
 * language, not the reader's: they become the meeting's agenda, written in the council's language whatever language
 * the secretariat's screens are in.
 */
public enum BuiltinTemplate {
    /** ระเบียบวาระการประชุม, the order of business of Thai committee meetings. */
    THAI(new int[] {10, 10, 20, 60, 10}, AgendaPurpose.INFORMATION, AgendaPurpose.DECISION, AgendaPurpose.DISCUSSION,
            AgendaPurpose.DECISION, AgendaPurpose.DISCUSSION),
    /** 議事次第, the order of proceedings of a Japanese council (shingikai). */
    JAPANESE(new int[] {5, 90, 15, 5}, AgendaPurpose.INFORMATION, AgendaPurpose.DISCUSSION, AgendaPurpose.INFORMATION,
            AgendaPurpose.INFORMATION),
    /** A plain order of business. */
    ENGLISH(new int[] {5, 10, 60, 10, 5}, AgendaPurpose.INFORMATION, AgendaPurpose.DECISION, AgendaPurpose.DISCUSSION,
            AgendaPurpose.DISCUSSION, AgendaPurpose.INFORMATION);

    private final int[] minutes;
    private final AgendaPurpose[] purposes;

    BuiltinTemplate(int[] minutes, AgendaPurpose... purposes) {
        this.minutes = minutes;
        this.purposes = purposes;
    }

    /** The items, titled in the given language (the council's document language). */
    public List<TemplateItem> items(Locale language) {
        return IntStream.range(0, minutes.length).mapToObj(i -> new TemplateItem(
                Messages.get("meeting.template." + name() + "." + (i + 1), language), minutes[i], purposes[i])).toList();
    }

    /**
     * The template a new meeting starts from: a Thai council writes its agenda in the Thai order and a Japanese one
     * in the Japanese order; an English-language council follows the model its kind comes from (Thai institutes and
     * steering committees, Japanese shingikai and super-ministries, a plain order for technocrat groups).
     */
    static BuiltinTemplate defaultFor(CouncilKind kind, String documentLanguage) {
        if ("th".equals(documentLanguage)) {
            return THAI;
        }
        if ("ja".equals(documentLanguage)) {
            return JAPANESE;
        }
        return switch (kind) {
            case HUB_INSTITUTE, STEERING_COMMITTEE -> THAI;
            case DELIBERATION_COUNCIL, SUPER_MINISTRY -> JAPANESE;
            case TECHNOCRAT_GROUP -> ENGLISH;
        };
    }
}
