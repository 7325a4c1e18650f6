package org.councilworkspace.plan.ui;

import java.util.List;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.plan.FrozenVersion;
import org.councilworkspace.plan.SectionChange;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.wordexport.TrackedChanges;
import org.councilworkspace.wordexport.TrackedChanges.ComparedSection;
import org.councilworkspace.wordexport.TrackedChanges.Piece;

/**
 * The comparison of two versions as a Word file with tracked changes (the old | new table is
 * {@code PlanExports.comparison}). Tracked changes are credited to whoever froze the later version, on the day it
 * was frozen: that is when the changed text became a version.
 */
final class TrackedChangesExport {

    private TrackedChangesExport() {
    }

    static byte[] docx(VersionService versions, long fromId, long toId, DocumentLocale locale) {
        FrozenVersion from = versions.version(fromId);
        FrozenVersion to = versions.version(toId);
        return TrackedChanges.render(locale.languageTag(), locale.t("compare.title", from.info().label(),
                to.info().label()), to.info().createdByName(), to.info().createdAt(), sections(versions, fromId, toId));
    }

    private static List<ComparedSection> sections(VersionService versions, long fromId, long toId) {
        return versions.compare(fromId, toId).stream().map(TrackedChangesExport::section).toList();
    }

    private static ComparedSection section(SectionChange c) {
        String title = c.after() == null ? null : c.after().numberedTitle();
        String oldTitle = c.before() == null ? null : c.before().numberedTitle();
        int level = c.after() != null ? c.after().depth() : c.before().depth();
        List<Piece> body;
        if (c.after() == null) {
            body = List.of(new Piece(Piece.Kind.DELETED, c.before().body()));
        } else if (c.before() == null) {
            body = List.of(new Piece(Piece.Kind.INSERTED, c.after().body()));
        } else if (c.diff().isEmpty()) {
            body = List.of(new Piece(Piece.Kind.EQUAL, c.after().body()));
        } else {
            body = c.diff().stream().map(TrackedChangesExport::piece).toList();
        }
        return new ComparedSection(level, title, oldTitle, body);
    }

    private static Piece piece(DiffSegment s) {
        return new Piece(switch (s.kind()) {
            case EQUAL -> Piece.Kind.EQUAL;
            case INSERTED -> Piece.Kind.INSERTED;
            case DELETED -> Piece.Kind.DELETED;
        }, s.text());
    }
}
