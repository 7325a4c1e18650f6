package org.councilworkspace.document;

import java.util.List;
import java.util.Objects;

/**
 * A document ready to be rendered: its language (a BCP 47 tag, written into the file's metadata), its title,
 * an optional title page, the label repeated in the running header and footer (e.g. the version label), and
 * its blocks in reading order.
 */
public record CouncilDocument(String languageTag, String title, TitlePage titlePage, String runningHeader,
                              List<Block> blocks) {

    public CouncilDocument {
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(title, "title");
        runningHeader = runningHeader == null ? "" : runningHeader;
        blocks = List.copyOf(blocks);
    }
}
