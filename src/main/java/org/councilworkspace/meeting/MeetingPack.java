package org.councilworkspace.meeting;

import java.util.List;
import java.util.Map;
import org.councilworkspace.plan.text.DiffSegment;

/**
 * What goes out before a meeting: the agenda, from the frozen plan version the meeting discusses the text of
 * every section the agenda links to, the amendments up for decision with their wording and reasons, and the
 * meeting's documents attached to each item.
 */
public record MeetingPack(Agenda agenda, List<Document> documents, List<AmendmentText> amendments,
                          Map<Long, List<MeetingDocument>> itemDocuments) {

    public MeetingPack {
        itemDocuments = Map.copyOf(itemDocuments);
    }

    public MeetingPack(Agenda agenda, List<Document> documents) {
        this(agenda, documents, List.of());
    }

    public MeetingPack(Agenda agenda, List<Document> documents, List<AmendmentText> amendments) {
        this(agenda, documents, amendments, Map.of());
    }

    /** The meeting's documents attached to an item, listed under it in the agenda. */
    public List<MeetingDocument> documentsOf(long agendaItemId) {
        return itemDocuments.getOrDefault(agendaItemId, List.of());
    }

    /** A linked section as frozen in the meeting's plan version (Markdown). */
    public record Document(long agendaItemId, String title, String markdown) {
    }

    /**
     * An amendment the agenda links to, or one still undecided on a section the agenda links to: the proposed
     * wording as word-level changes, the reason, who proposed it, support and opposition, and where it stands.
     * {@code state} is the amendment's state name, printed through the bundles; {@code supporters} are those who
     * support it now, in the order they said so.
     */
    public record AmendmentText(long agendaItemId, long amendmentId, String sectionTitle, String proposerName,
                                String state, List<DiffSegment> changes, String rationale, int supports,
                                int opposes, List<Supporter> supporters) {

        public AmendmentText {
            supporters = List.copyOf(supporters);
        }
    }

    /**
     * A member supporting an amendment: the name, and, while a member of the council, the stakeholder group
     * (its enum name, printed through the bundles) and organization; both null for a former member.
     */
    public record Supporter(String name, String group, String organization) {
    }
}
