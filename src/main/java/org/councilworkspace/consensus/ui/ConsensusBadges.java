package org.councilworkspace.consensus.ui;

import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consensus.MatrixCell;
import org.councilworkspace.consensus.SectionConsensusState;
import org.councilworkspace.consensus.Stance;

/** States and cells as text with symbols; colour only repeats what the words say. */
final class ConsensusBadges {

    private ConsensusBadges() {
    }

    static Span state(SectionConsensusState state) {
        Span badge = new Span(Translations.label(state));
        badge.getElement().getThemeList().add("badge");
        switch (state) {
            case AGREED -> badge.getElement().getThemeList().add("success primary");
            case CONSENSUS_REACHED -> badge.getElement().getThemeList().add("success");
            case CONTESTED -> badge.getElement().getThemeList().add("error");
            case STALE -> badge.getElement().getThemeList().add("contrast");
            default -> { }
        }
        return badge;
    }

    static String symbol(Stance stance) {
        return switch (stance) {
            case AGREE -> "✔";
            case AGREE_WITH_RESERVATIONS -> "◐";
            case NEEDS_DISCUSSION -> "?";
            case ABSTAIN -> "–";
            case OBJECT -> "✖";
        };
    }

    /** A compact cell ("✔3 ◐1 ✖1 …2") with the full wording for screen readers and as a tooltip. */
    static Span cell(MatrixCell cell) {
        List<String> shortParts = new ArrayList<>();
        List<String> longParts = new ArrayList<>();
        for (Stance s : Stance.values()) {
            int n = cell.count(s);
            if (n > 0) {
                shortParts.add(symbol(s) + n);
                longParts.add(n + " " + Translations.label(s));
            }
        }
        if (cell.stale() > 0) {
            shortParts.add("⟳" + cell.stale());
            longParts.add(Translations.t("matrix.stale-count", cell.stale()));
        }
        if (cell.notResponded() > 0) {
            shortParts.add("…" + cell.notResponded());
            longParts.add(Translations.t("matrix.not-responded-count", cell.notResponded()));
        }
        Span span = new Span(shortParts.isEmpty() ? "—" : String.join(" ", shortParts));
        span.addClassName("cw-matrix-cell");
        if (cell.count(Stance.OBJECT) > 0) {
            span.addClassName("cw-has-objection");
        }
        String description = Translations.label(cell.group()) + ": "
                + (longParts.isEmpty() ? Translations.t("matrix.no-members") : String.join(", ", longParts));
        span.getElement().setAttribute("title", description);
        span.getElement().setAttribute("aria-label", description);
        return span;
    }
}
