package org.councilworkspace.implementation;

import java.util.List;

/** Every data line of a register import file with its problems, and what importing it would create; stores nothing. */
public record RegisterImportPreview(List<RegisterImportLine> lines) {

    public RegisterImportPreview {
        lines = List.copyOf(lines);
    }

    public long importable() {
        return lines.stream().filter(RegisterImportLine::importable).count();
    }

    public long withProblems() {
        return lines.size() - importable();
    }

    public long measures() {
        return lines.stream().filter(l -> l.importable() && l.measureLine()).count();
    }

    public long kpis() {
        return lines.stream().filter(l -> l.importable() && l.kpi() != null).count();
    }
}
