package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.plan.VersionSection;
import org.councilworkspace.plan.VersionService;
import org.springframework.stereotype.Component;

/** Collects the frozen texts of the sections an agenda links to, for the meeting pack. */
@Component
class PackDocuments {

    private final VersionService versions;

    PackDocuments(VersionService versions) {
        this.versions = versions;
    }

    MeetingPack pack(Agenda agenda) {
        Long versionId = agenda.meeting().planVersionId();
        if (versionId == null) {
            return new MeetingPack(agenda, List.of());
        }
        Map<Long, VersionSection> frozen = versions.version(versionId).sections().stream()
                .collect(Collectors.toMap(VersionSection::sectionId, Function.identity(), (a, b) -> a));
        List<MeetingPack.Document> documents = new ArrayList<>();
        for (AgendaItem item : agenda.items()) {
            if (item.link() != null && item.link().kind() == AgendaLinkKind.SECTION) {
                VersionSection section = frozen.get(item.link().targetId());
                if (section != null) {
                    documents.add(new MeetingPack.Document(item.id(), section.numberedTitle(), section.body()));
                }
            }
        }
        return new MeetingPack(agenda, documents);
    }
}
