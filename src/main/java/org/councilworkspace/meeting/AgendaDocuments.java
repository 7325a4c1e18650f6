package org.councilworkspace.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.meeting.MeetingAccess.MeetingContext;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers for each agenda item: documents of the same meeting, attached to an item or uploaded for it. Those who
 * run the council's meetings attach and detach them while the agenda can change (minutes open, meeting not over);
 * whoever may read the agenda sees them under its items. The files themselves are the meeting's documents, with
 * their size cap and content check.
 */
@Service
@Transactional
public class AgendaDocuments {

    private final ItemDocumentRepository links;
    private final AgendaRepository items;
    private final DocumentRepository documents;
    private final MeetingDocuments meetingDocuments;
    private final MeetingAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgendaDocuments(ItemDocumentRepository links, AgendaRepository items, DocumentRepository documents,
                    MeetingDocuments meetingDocuments, MeetingAccess access, ApplicationEventPublisher events,
                    Clock clock) {
        this.links = links;
        this.items = items;
        this.documents = documents;
        this.meetingDocuments = meetingDocuments;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The documents of each item on the agenda, oldest first; nothing while the reader may not see the agenda. */
    @Transactional(readOnly = true)
    public Map<Long, List<MeetingDocument>> byItem(long meetingId) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.READ);
        if (!context.seesAgenda()) {
            return Map.of();
        }
        return ItemDocumentRepository.byItem(items.items(meetingId), documents.ofMeeting(meetingId, false),
                links.links(meetingId));
    }

    /** Attaches one of the meeting's documents to an item; a document of another meeting is not found. */
    public void attach(long itemId, long documentId) {
        AgendaItem item = item(itemId);
        MeetingContext context = access.agendaEditable(item.meetingId(), OffsetDateTime.now(clock));
        MeetingDocument document = documents.find(documentId).filter(d -> d.meetingId() == item.meetingId())
                .orElseThrow(() -> new NotFoundException("Document"));
        Actor actor = context.member().actor();
        if (links.link(itemId, documentId, actor.id(), OffsetDateTime.now(clock))) {
            publish(context, item, "AGENDA_ITEM_DOCUMENT_ATTACHED", document);
        }
    }

    /**
     * Uploads a file as a document of the item's meeting and attaches it to the item, in one step: a refused file
     * (wrong kind, too large) stores nothing.
     */
    public long upload(long itemId, String title, String fileName, byte[] content, boolean isPublic) {
        AgendaItem item = item(itemId);
        access.agendaEditable(item.meetingId(), OffsetDateTime.now(clock));
        long documentId = meetingDocuments.add(item.meetingId(), title, fileName, content, isPublic);
        attach(itemId, documentId);
        return documentId;
    }

    /** Detaches a document from an item; the document stays among the meeting's documents. */
    public void detach(long itemId, long documentId) {
        AgendaItem item = item(itemId);
        MeetingContext context = access.agendaEditable(item.meetingId(), OffsetDateTime.now(clock));
        MeetingDocument document = documents.find(documentId).filter(d -> d.meetingId() == item.meetingId())
                .orElseThrow(() -> new NotFoundException("Document"));
        if (links.unlink(itemId, documentId)) {
            publish(context, item, "AGENDA_ITEM_DOCUMENT_DETACHED", document);
        }
    }

    private AgendaItem item(long itemId) {
        return items.find(itemId).orElseThrow(() -> new NotFoundException("Agenda item"));
    }

    private void publish(MeetingContext context, AgendaItem item, String action, MeetingDocument document) {
        Actor actor = context.member().actor();
        events.publishEvent(new MeetingChanged(actor.id(), actor.username(), context.meeting().councilId(), action,
                "AGENDA_ITEM", Long.toString(item.id()), item.title() + " ← " + document.title() + " ("
                + document.fileName() + ")"));
        events.publishEvent(new AgendaChanged(item.meetingId()));
    }
}
