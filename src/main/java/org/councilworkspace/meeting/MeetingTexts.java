package org.councilworkspace.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.councilworkspace.base.DocumentTexts;
import org.councilworkspace.base.IndexedText;
import org.councilworkspace.base.IndexedTexts;
import org.councilworkspace.base.KeysetPages;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agendas and minutes for the search index, one scope per meeting, with the audiences the meeting pages apply:
 * an agenda is the council's once published (before, only those who run meetings read it); minutes (notes,
 * decisions, action items) are read only by those who see drafts until the full minutes are published, and a
 * released summary by the whole council. During a correction of published minutes the council reads the last
 * approved version, which is not indexed: the minutes are then found only by those who see drafts, never the
 * other way round. For the public portal, the meeting exactly as the portal shows it, when it shows it, and the
 * text of the documents the portal offers with it (those marked public), which nobody else finds as such.
 */
@Component
@Transactional(readOnly = true)
public class MeetingTexts implements IndexedTexts {

    private static final int PAGE = 200;
    private static final String SCOPE = "meeting:";
    /** The anchor of a paper on the portal's meeting page, followed by the document's id. */
    public static final String PORTAL_DOCUMENT = "document-";

    private final MeetingTextRepository repository;
    private final MeetingRepository meetings;
    private final AgendaRepository items;
    private final MinutesRepository minutes;
    private final PublicMeetings published;
    private final PublicMeetingRepository visible;
    private final DocumentRepository documents;
    private final DocumentTexts documentTexts;
    private final MeetingDocuments portalDocuments;

    MeetingTexts(MeetingTextRepository repository, MeetingRepository meetings, AgendaRepository items,
                 MinutesRepository minutes, PublicMeetings published, PublicMeetingRepository visible,
                 DocumentRepository documents, DocumentTexts documentTexts, MeetingDocuments portalDocuments) {
        this.portalDocuments = portalDocuments;
        this.visible = visible;
        this.documents = documents;
        this.documentTexts = documentTexts;
        this.repository = repository;
        this.meetings = meetings;
        this.items = items;
        this.minutes = minutes;
        this.published = published;
    }

    /** Who reads minutes before they are published: the rule of {@link MeetingAccess.MeetingContext}. */
    public static boolean seesDraftMinutes(CouncilRole role) {
        return role.may(CouncilAction.MANAGE_MEETINGS) || role.may(CouncilAction.APPROVE_MINUTES);
    }

    /** Who reads an agenda before it is published. */
    public static boolean managesMeetings(CouncilRole role) {
        return role.may(CouncilAction.MANAGE_MEETINGS);
    }

    /** The meeting an event is about, if it is about one. */
    public Optional<String> scopeOf(MeetingChanged event) {
        if (event.objectId() == null) {
            return Optional.empty();
        }
        long id = Long.parseLong(event.objectId());
        Optional<Long> meeting = switch (event.objectType()) {
            case "MEETING" -> Optional.of(id);
            case "AGENDA_ITEM" -> repository.meetingOfItem(id);
            case "DECISION" -> repository.meetingOfDecision(id);
            case "ACTION_ITEM" -> repository.meetingOfAction(id);
            default -> Optional.empty();
        };
        return meeting.map(m -> SCOPE + m);
    }

    @Override
    public void forEach(Consumer<IndexedText> consumer) {
        KeysetPages.forEach(PAGE, after -> repository.page(after, PAGE), Long::longValue,
                id -> meeting(id).forEach(consumer));
    }

    @Override
    public List<IndexedText> scope(String scope) {
        return scope.startsWith(SCOPE) ? meeting(Long.parseLong(scope.substring(SCOPE.length()))) : List.of();
    }

    private List<IndexedText> meeting(long meetingId) {
        Optional<Meeting> found = meetings.find(meetingId);
        if (found.isEmpty()) {
            return List.of();
        }
        Meeting m = found.get();
        List<String> scopes = List.of(SCOPE + meetingId);
        List<AgendaItem> agenda = items.items(meetingId);
        boolean fullyPublished = m.minutesStatus() == MinutesStatus.PUBLISHED;
        List<IndexedText> texts = new ArrayList<>();
        List<String> agendaLines = new ArrayList<>();
        for (AgendaItem i : agenda) {
            agendaLines.add(i.presenter() == null ? i.title() : i.title() + " (" + i.presenter() + ")");
        }
        String agendaAudience = m.agendaPublished() || fullyPublished ? "COUNCIL" : "MEETING_MANAGERS";
        texts.add(text(m, "AGENDA", "agenda:", scopes, agendaAudience, String.join("\n", agendaLines)));
        documents(m, scopes, agendaAudience, texts);
        List<String> record = new ArrayList<>();
        agenda.stream().filter(i -> i.notes() != null).forEach(i -> record.add(i.title() + ": " + i.notes()));
        minutes.decisions(meetingId).forEach(d -> record.add(d.text()));
        minutes.actionsOfMeeting(meetingId).forEach(a -> record.add(a.text() + " (" + a.ownerName() + ")"));
        if (!record.isEmpty()) {
            texts.add(text(m, "MINUTES", "minutes:", scopes, fullyPublished ? "COUNCIL" : "DRAFT_MINUTES",
                    String.join("\n", record)));
        }
        if (m.minutesStatus().summaryPublic() && m.minutesSummary() != null) {
            texts.add(text(m, "MINUTES", "minutes-summary:", scopes, "COUNCIL", m.minutesSummary()));
        }
        // Asked first: the portal's reads answer "not found" with an exception, which would spoil the transaction.
        if (visible.isVisible(meetingId)) {
            PublicMeeting shown = published.meeting(meetingId);
            publicMeeting(shown, scopes).ifPresent(texts::add);
            publicDocuments(shown, scopes, texts);
        }
        return texts;
    }

    /**
     * The text of the meeting's PDF, Word and Excel documents (the papers its agenda items point at), read by
     * whoever reads the agenda. A file that cannot be read is left out.
     */
    private void documents(Meeting m, List<String> scopes, String audience, List<IndexedText> texts) {
        for (MeetingDocument d : documents.ofMeeting(m.id(), false)) {
            fileText(d).ifPresent(text -> texts.add(new IndexedText("MEETING_DOCUMENT", "meeting-document:" + d.id(),
                    scopes, m.councilId(), audience, null, null, m.id(), null, d.fileName() + " · " + m.title(),
                    d.title() + "\n" + text, null, null, d.addedAt())));
        }
    }

    /**
     * The portal's papers of a meeting it shows: exactly the documents its meeting page lists (those marked
     * public), found only by the portal's search; a hit opens the meeting page at the paper.
     */
    private void publicDocuments(PublicMeeting p, List<String> scopes, List<IndexedText> texts) {
        for (MeetingDocument d : portalDocuments.publicDocuments(p.id())) {
            fileText(d).ifPresent(text -> texts.add(new IndexedText("PUBLIC_DOCUMENT",
                    "public-meeting-document:" + d.id(), scopes, p.councilId(), "PUBLIC", null, null, p.id(),
                    PORTAL_DOCUMENT + d.id(), d.fileName() + " · " + p.title(), d.title() + "\n" + text, null, null,
                    d.addedAt())));
        }
    }

    /** Read once per file (the workspace's and the portal's entries share it): files never change once stored. */
    private Optional<String> fileText(MeetingDocument d) {
        return documentTexts.text("meeting-document:" + d.id(), d.fileName(),
                () -> documents.file(d.id()).map(DocumentFile::content).orElse(null));
    }

    /** What the portal shows of the meeting; nothing when it does not show the meeting at all. */
    private Optional<IndexedText> publicMeeting(PublicMeeting p, List<String> scopes) {
        long meetingId = p.id();
        List<String> lines = new ArrayList<>();
        if (p.summary() != null) {
            lines.add(p.summary());
        }
        for (AgendaItem i : p.agenda()) {
            lines.add(i.notes() == null ? i.title() : i.title() + ": " + i.notes());
        }
        p.decisions().forEach(d -> lines.add(d.text()));
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IndexedText("PUBLIC_MINUTES", "public-meeting:" + meetingId, scopes, p.councilId(),
                "PUBLIC", null, null, meetingId, null, p.title(), String.join("\n", lines), null, null, p.startsAt()));
    }

    private static IndexedText text(Meeting m, String kind, String key, List<String> scopes, String audience,
                                    String text) {
        return new IndexedText(kind, key + m.id(), scopes, m.councilId(), audience, null, null, m.id(), null,
                m.title(), text, null, null, m.startsAt());
    }
}
