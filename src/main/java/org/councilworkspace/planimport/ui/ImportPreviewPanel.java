package org.councilworkspace.planimport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.councilworkspace.planimport.ImportPreview;
import org.councilworkspace.planimport.NotCarried;

/** The outline an import will create, numbered as it will be, and what the document holds that will not come along. */
final class ImportPreviewPanel extends Div {

    ImportPreviewPanel(ImportPreview preview, long maxImageMb) {
        setId("import-preview");
        H3 heading = new H3(getTranslation("import.preview"));
        Paragraph count = new Paragraph(getTranslation("import.preview-count", preview.sections().size(),
                preview.fileName()));
        count.setId("import-preview-count");
        UnorderedList outline = new UnorderedList();
        outline.setId("import-outline");
        outline.addClassName("cw-import-outline");
        List<String> numbers = preview.numbers();
        for (int i = 0; i < numbers.size(); i++) {
            var section = preview.sections().get(i);
            ListItem item = new ListItem(numbers.get(i) + " " + section.title());
            item.getStyle().set("padding-inline-start", (section.depth() - 1) * 1.5 + "em");
            if (section.depth() == 1) {
                item.getStyle().set("font-weight", "600");
            }
            outline.add(item);
        }
        outline.getStyle().set("list-style", "none").set("padding-inline-start", "0").set("max-height", "16rem")
                .set("overflow", "auto");
        add(heading, count, outline);
        if (!preview.images().isEmpty()) {
            Paragraph images = new Paragraph(getTranslation("import.images-kept", preview.images().size()));
            images.setId("import-images-kept");
            add(images);
        }
        add(report(preview.notCarried(), maxImageMb));
    }

    private Div report(Map<NotCarried, Integer> lost, long maxImageMb) {
        Div report = new Div();
        report.setId("import-report");
        report.add(new H3(getTranslation("import.report")));
        if (lost.isEmpty()) {
            report.add(new Paragraph(getTranslation("import.report-none")));
            return report;
        }
        UnorderedList items = new UnorderedList();
        for (NotCarried kind : NotCarried.values()) {
            if (lost.containsKey(kind)) {
                items.add(new ListItem(getTranslation("import.lost." + kind.name(), lost.get(kind), maxImageMb)));
            }
        }
        report.add(items);
        return report;
    }
}
