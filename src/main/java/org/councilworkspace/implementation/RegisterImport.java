package org.councilworkspace.implementation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Measures and KPIs imported from a file. Whoever may put measures on a section may import measures onto it, and only
 * there: the preview marks lines for other sections, and every measure is created through the same checks as one made
 * by hand. The import is all or nothing: a file with problems stores nothing unless its bad lines are skipped.
 */
@Component
class RegisterImport {

    private static final int PAGE = 500;

    private final RegisterAccess access;
    private final OutlineService outline;
    private final AgencyRepository agencies;
    private final MeasureRepository measures;
    private final MeasureBook book;
    private final KpiLedger ledger;
    private final ApplicationEventPublisher events;

    RegisterImport(RegisterAccess access, OutlineService outline, AgencyRepository agencies,
                   MeasureRepository measures, MeasureBook book, KpiLedger ledger, ApplicationEventPublisher events) {
        this.access = access;
        this.outline = outline;
        this.agencies = agencies;
        this.measures = measures;
        this.book = book;
        this.ledger = ledger;
        this.events = events;
    }

    /** The template in the reader's language, listing the plan's sections and the council's agencies to choose from. */
    void template(long planId, Locale locale, boolean csv, OutputStream out) throws IOException {
        CouncilMember me = requireImporter(planId);
        List<OutlineNode> sections = outline.outline(planId, false).stream()
                .filter(n -> !n.archived() && access.maintains(me, n.sectionId())).toList();
        if (csv) {
            RegisterTemplate.csv(locale, out);
        } else {
            RegisterTemplate.xlsx(locale, sections, agencies.ofCouncil(me.councilId()), out);
        }
    }

    RegisterImportPreview preview(long planId, String fileName, byte[] content) {
        CouncilMember me = requireImporter(planId);
        List<RegisterFile.Row> rows = RegisterFile.read(fileName, content);
        List<OutlineNode> sections = outline.outline(planId, false);
        Set<Long> maintainable = sections.stream().map(OutlineNode::sectionId)
                .filter(id -> access.maintains(me, id)).collect(Collectors.toSet());
        Map<String, Long> byName = new HashMap<>();
        for (Agency agency : agencies.ofCouncil(me.councilId())) {
            byName.put(ImportColumn.normal(agency.name()), agency.id());
        }
        Set<String> existing = new HashSet<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Measure> page = measures.ofPlan(planId, MeasureFilter.ALL, offset, PAGE);
            page.forEach(m -> existing.add(RegisterLines.Context.measureKey(m.sectionId(), m.title())));
            if (page.size() < PAGE) {
                break;
            }
        }
        return new RegisterImportPreview(RegisterLines.check(rows,
                new RegisterLines.Context(sections, maintainable, byName, existing)));
    }

    RegisterImportResult importFile(long planId, String fileName, byte[] content, boolean skipLinesWithProblems) {
        RegisterImportPreview preview = preview(planId, fileName, content);
        if (preview.withProblems() > 0 && !skipLinesWithProblems) {
            throw new InvalidInputException("file", "implementation.import.has-problems", preview.withProblems());
        }
        if (preview.importable() == 0) {
            throw new InvalidInputException("file", "implementation.import.nothing-to-import");
        }
        int createdMeasures = 0;
        int createdKpis = 0;
        Long measureId = null;
        for (RegisterImportLine line : preview.lines()) {
            if (!line.importable()) {
                continue;
            }
            if (line.measureLine()) {
                measureId = book.createMeasure(planId, line.measure());
                createdMeasures++;
                if (line.status() != MeasureStatus.PLANNED) {
                    int version = measures.find(measureId).orElseThrow().version();
                    book.changeStatus(measureId, line.status(), line.statusReason(), version);
                }
            }
            if (line.kpi() != null) {
                ledger.addKpi(measureId, line.kpi());
                createdKpis++;
            }
        }
        CouncilMember me = access.readPlan(planId);
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1);
        events.publishEvent(new ImplementationChanged(me.actor().id(), me.actor().username(), me.councilId(),
                "MEASURES_IMPORTED", "PLAN", Long.toString(planId), createdMeasures + " measures and " + createdKpis
                + " KPIs from " + (name.length() > 200 ? name.substring(0, 200) : name) + ", "
                + preview.withProblems() + " lines skipped"));
        return new RegisterImportResult(createdMeasures, createdKpis, (int) preview.withProblems());
    }

    /** Only those who may put measures on some section of the plan import at all. */
    private CouncilMember requireImporter(long planId) {
        CouncilMember me = access.readPlan(planId);
        boolean any = outline.outline(planId, false).stream().anyMatch(n -> access.maintains(me, n.sectionId()));
        if (!any) {
            throw new AccessDeniedException("Not a maintainer of any section of plan " + planId);
        }
        return me;
    }
}
