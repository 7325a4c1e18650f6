package org.councilworkspace.implementation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.councilworkspace.base.IndexedText;
import org.councilworkspace.base.IndexedTexts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures and their KPIs for the search index, one scope per measure. Every member of the plan's council reads
 * the register ({@link RegisterAccess}), so each carries the COUNCIL audience. A measure's lead agency is its
 * "author" for the author filter: it is who answers for it.
 */
@Component
@Transactional(readOnly = true)
public class RegisterTexts implements IndexedTexts {

    private static final int PAGE = 500;
    private static final String SCOPE = "measure:";

    private final RegisterTextRepository repository;

    RegisterTexts(RegisterTextRepository repository) {
        this.repository = repository;
    }

    /** The measure an event is about (a KPI's measure for a KPI); reported actuals change no text. */
    public Optional<String> scopeOf(ImplementationChanged event) {
        if (event.objectId() == null) {
            return Optional.empty();
        }
        long id = Long.parseLong(event.objectId());
        return switch (event.objectType()) {
            case "MEASURE" -> Optional.of(SCOPE + id);
            case "KPI" -> repository.measureOfKpi(id).map(m -> SCOPE + m);
            default -> Optional.empty();
        };
    }

    @Override
    public void forEach(Consumer<IndexedText> consumer) {
        long after = 0;
        List<RegisterTextRepository.MeasureRow> page;
        do {
            page = repository.page(after, PAGE);
            texts(page).forEach(consumer);
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
    }

    @Override
    public List<IndexedText> scope(String scope) {
        return scope.startsWith(SCOPE) ? texts(repository.one(Long.parseLong(scope.substring(SCOPE.length()))))
                : List.of();
    }

    private List<IndexedText> texts(List<RegisterTextRepository.MeasureRow> measures) {
        if (measures.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RegisterTextRepository.KpiRow>> kpis = repository.kpis(measures.stream()
                .map(RegisterTextRepository.MeasureRow::id).toList()).stream()
                .collect(Collectors.groupingBy(RegisterTextRepository.KpiRow::measureId));
        List<IndexedText> texts = new ArrayList<>();
        for (RegisterTextRepository.MeasureRow m : measures) {
            List<String> scopes = List.of(SCOPE + m.id());
            String text = m.statusReason() == null ? m.description() : m.description() + "\n" + m.statusReason();
            texts.add(new IndexedText("MEASURE", SCOPE + m.id(), scopes, m.councilId(), "COUNCIL", m.planId(),
                    m.sectionId(), m.id(), null, m.title(), text, m.leadAgency(), null, m.createdAt()));
            for (RegisterTextRepository.KpiRow k : kpis.getOrDefault(m.id(), List.of())) {
                texts.add(new IndexedText("KPI", "kpi:" + k.id(), scopes, m.councilId(), "COUNCIL", m.planId(),
                        m.sectionId(), m.id(), null, k.name(), k.name() + " (" + k.unit() + ")\n" + k.dataSource()
                        + "\n" + m.title(), m.leadAgency(), null, k.createdAt()));
            }
        }
        return texts;
    }
}
