package org.councilworkspace.memberimport;

import java.util.List;

/** Every data line of a member file with its problems; nothing is stored by a preview. */
public record ImportPreview(List<ImportLine> lines) {

    public long importable() {
        return lines.stream().filter(ImportLine::importable).count();
    }

    public long withProblems() {
        return lines.size() - importable();
    }
}
