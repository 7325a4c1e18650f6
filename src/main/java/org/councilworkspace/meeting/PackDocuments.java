package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentStance;
import org.councilworkspace.amendment.ProposedChange;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.plan.VersionSection;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.plan.text.DiffSegment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Collects the frozen texts of the sections an agenda links to, the amendments to be discussed and the documents
 * attached to each item, for the meeting pack. Amendments are read through their own feature's service, so its
 * permission checks apply.
 */
@Component
class PackDocuments {

    private final VersionService versions;
    private final AmendmentService amendments;
    private final CouncilService councils;
    private final ItemDocumentRepository itemDocuments;
    private final DocumentRepository meetingDocuments;

    PackDocuments(VersionService versions, AmendmentService amendments, CouncilService councils,
                  ItemDocumentRepository itemDocuments, DocumentRepository meetingDocuments) {
        this.itemDocuments = itemDocuments;
        this.meetingDocuments = meetingDocuments;
        this.versions = versions;
        this.amendments = amendments;
        this.councils = councils;
    }

    MeetingPack pack(Agenda agenda) {
        Long versionId = agenda.meeting().planVersionId();
        List<MeetingPack.Document> documents = new ArrayList<>();
        if (versionId != null) {
            Map<Long, VersionSection> frozen = versions.version(versionId).sections().stream()
                    .collect(Collectors.toMap(VersionSection::sectionId, Function.identity(), (a, b) -> a));
            for (AgendaItem item : agenda.items()) {
                if (linked(item, AgendaLinkKind.SECTION)) {
                    VersionSection section = frozen.get(item.link().targetId());
                    if (section != null) {
                        documents.add(new MeetingPack.Document(item.id(), section.numberedTitle(), section.body()));
                    }
                }
            }
        }
        // The agenda is already as the reader may see it: its items' documents are for the same readers.
        long meetingId = agenda.meeting().id();
        Map<Long, List<MeetingDocument>> attached = agenda.items().isEmpty() ? Map.of()
                : ItemDocumentRepository.byItem(agenda.items(), meetingDocuments.ofMeeting(meetingId, false),
                        itemDocuments.links(meetingId));
        return new MeetingPack(agenda, documents, amendmentTexts(agenda), attached);
    }

    /** Amendments linked by an item, then those undecided on a linked section; each once, in agenda order. */
    private List<MeetingPack.AmendmentText> amendmentTexts(Agenda agenda) {
        Set<Long> seen = new LinkedHashSet<>();
        List<MeetingPack.AmendmentText> out = new ArrayList<>();
        Supporters supporters = new Supporters(agenda.meeting().councilId());
        for (AgendaItem item : agenda.items()) {
            if (linked(item, AgendaLinkKind.AMENDMENT)) {
                readable(item.link().targetId()).filter(a -> seen.add(a.id()))
                        .ifPresent(a -> out.add(text(item.id(), a, amendments.diff(a.id()), supporters)));
            } else if (linked(item, AgendaLinkKind.SECTION)) {
                for (ProposedChange c : undecidedOn(item.link().targetId())) {
                    if (seen.add(c.amendment().id())) {
                        out.add(text(item.id(), c.amendment(), c.diff(), supporters));
                    }
                }
            }
        }
        return out;
    }

    private List<ProposedChange> undecidedOn(long sectionId) {
        try {
            return amendments.sectionAmendments(sectionId).undecided();
        } catch (NotFoundException | AccessDeniedException e) {
            return List.of();
        }
    }

    private Optional<Amendment> readable(long amendmentId) {
        try {
            return Optional.of(amendments.amendment(amendmentId));
        } catch (NotFoundException | AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private static MeetingPack.AmendmentText text(long itemId, Amendment a, List<DiffSegment> changes,
                                                  Supporters supporters) {
        return new MeetingPack.AmendmentText(itemId, a.id(), a.sectionTitle(), a.proposerName(), a.state().name(),
                changes, a.rationale(), a.supports(), a.opposes(), supporters.of(a.id()));
    }

    /**
     * Who supports an amendment, read through the amendment feature (its checks apply), with each one's stakeholder
     * group from the council's current members, read once per pack.
     */
    private final class Supporters {
        private final long councilId;
        private Map<Long, Member> members;

        Supporters(long councilId) {
            this.councilId = councilId;
        }

        List<MeetingPack.Supporter> of(long amendmentId) {
            if (members == null) {
                members = councils.currentMembers(councilId).stream()
                        .collect(Collectors.toMap(Member::userId, Function.identity(), (a, b) -> a));
            }
            return amendments.opinions(amendmentId).stream().filter(o -> o.stance() == AmendmentStance.SUPPORT)
                    .map(o -> {
                        Member m = members.get(o.userId());
                        return m == null ? new MeetingPack.Supporter(o.displayName(), null, null)
                                : new MeetingPack.Supporter(o.displayName(), m.group().name(), m.organizationName());
                    }).toList();
        }
    }

    private static boolean linked(AgendaItem item, AgendaLinkKind kind) {
        return item.link() != null && item.link().kind() == kind;
    }
}
