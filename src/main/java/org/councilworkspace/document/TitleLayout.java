package org.councilworkspace.document;

import java.util.List;

/** The title page: council, plan, cycle, version, date and status, centred, without header or footer. */
final class TitleLayout {

    private final PdfLayout layout;

    TitleLayout(PdfLayout layout) {
        this.layout = layout;
    }

    void layout(TitlePage title) {
        layout.page = new Page(true);
        layout.pages.add(layout.page);
        layout.y = PdfLayout.PAGE_HEIGHT * 0.72f;
        centred(title.council(), 13, false);
        layout.y -= 28;
        centred(title.title(), 24, true);
        layout.y -= 16;
        centred(title.cycle(), 12.5f, false);
        centred(title.versionLabel(), 12.5f, false);
        layout.y -= 10;
        centred(title.date(), 11, false);
        layout.y -= 36;
        centred(title.status(), 14, true);
    }

    private void centred(String text, float size, boolean bold) {
        if (text == null || text.isBlank()) {
            return;
        }
        float width = PdfLayout.width();
        for (TextFlow.Line line : layout.flow.lines(List.of(new Run(text, bold, false)), size, width)) {
            float baseline = layout.y - size * 1.15f;
            layout.line(line, PdfLayout.LEFT + (width - line.width()) / 2, baseline, false);
            layout.y -= size * PdfLayout.LEADING;
        }
    }
}
