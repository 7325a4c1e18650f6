package org.councilworkspace.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import would create, shown before anything is saved: the outline in order, the title the document gives
 * itself (if any), how many things of each kind cannot be carried over, and the pictures that will be kept.
 */
public record ImportPreview(String fileName, ImportFormat format, String documentTitle, List<ImportedSection> sections,
                            Map<NotCarried, Integer> notCarried, List<ImportedImage> images) {

    public ImportPreview {
        sections = List.copyOf(sections);
        notCarried = Map.copyOf(notCarried);
        images = List.copyOf(images);
    }

    /** A document without pictures (Markdown, plain text). */
    public ImportPreview(String fileName, ImportFormat format, String documentTitle, List<ImportedSection> sections,
                         Map<NotCarried, Integer> notCarried) {
        this(fileName, format, documentTitle, sections, notCarried, List.of());
    }

    /** The numbers the sections will get (1, 1.1, 1.1.1), as the outline numbers them. */
    public List<String> numbers() {
        List<String> numbers = new ArrayList<>(sections.size());
        int[] counters = new int[4];
        for (ImportedSection s : sections) {
            counters[s.depth()]++;
            for (int d = s.depth() + 1; d < counters.length; d++) {
                counters[d] = 0;
            }
            StringBuilder number = new StringBuilder();
            for (int d = 1; d <= s.depth(); d++) {
                number.append(d == 1 ? "" : ".").append(counters[d]);
            }
            numbers.add(number.toString());
        }
        return numbers;
    }

    /** The change note of every revision the import writes. */
    public String revisionNote() {
        return "Imported from " + fileName;
    }
}
