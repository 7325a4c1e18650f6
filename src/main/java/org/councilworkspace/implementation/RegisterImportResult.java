package org.councilworkspace.implementation;

/** What an import stored: measures and KPIs created, and the lines left out because they had problems. */
public record RegisterImportResult(int measures, int kpis, int skipped) {
}
