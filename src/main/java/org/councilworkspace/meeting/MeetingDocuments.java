package org.councilworkspace.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's documents: those who run the council's meetings add and remove them, its members and observers read
 * them, and the public gets the ones marked public of a meeting the portal shows. Everyone else, and every document
 * not theirs to see, gets "not found", so ids cannot be probed.
 */
@Service
@Transactional
public class MeetingDocuments {

    private final DocumentRepository documents;
    private final MeetingAccess access;
    private final PublicMeetingRepository visible;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingDocuments(DocumentRepository documents, MeetingAccess access, PublicMeetingRepository visible,
                     ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.visible = visible;
        this.events = events;
        this.clock = clock;
    }

    /** The largest file accepted, in megabytes. */
    public static int maxMegabytes() {
        return DocumentKind.MAX_BYTES / (1024 * 1024);
    }

    /** Adds a PDF, DOCX or XLSX file (judged by its bytes, within the size cap); nothing is stored when refused. */
    public long add(long meetingId, String title, String fileName, byte[] content, boolean isPublic) {
        var context = access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS);
        String name = TextRules.requiredLine("title", title, 300);
        DocumentKind kind = DocumentKind.of(content);
        String file = kind.safeName(fileName);
        Actor actor = context.member().actor();
        long id = documents.insert(meetingId, name, file, kind, content, isPublic, actor.id(), OffsetDateTime.now(clock));
        publish(actor, context.meeting(), "MEETING_DOCUMENT_ADDED", name + " (" + file + ", " + content.length + " bytes"
                + (isPublic ? ", public" : "") + ")");
        return id;
    }

    /** Removes a document (the audit trail keeps that it was there, and who removed it). */
    public void remove(long documentId) {
        MeetingDocument document = documents.find(documentId).orElseThrow(() -> new NotFoundException("Document"));
        var context = access.meeting(document.meetingId(), CouncilAction.MANAGE_MEETINGS);
        documents.delete(documentId);
        publish(context.member().actor(), context.meeting(), "MEETING_DOCUMENT_REMOVED",
                document.title() + " (" + document.fileName() + (document.isPublic() ? ", public" : "") + ")");
        // Its links to agenda items went with it.
        events.publishEvent(new AgendaChanged(document.meetingId()));
    }

    @Transactional(readOnly = true)
    public List<MeetingDocument> documents(long meetingId) {
        access.meeting(meetingId, CouncilAction.READ);
        return documents.ofMeeting(meetingId, false);
    }

    @Transactional(readOnly = true)
    public DocumentFile file(long documentId) {
        MeetingDocument document = documents.find(documentId).orElseThrow(() -> new NotFoundException("Document"));
        access.meeting(document.meetingId(), CouncilAction.READ);
        return documents.file(documentId).orElseThrow(() -> new NotFoundException("Document"));
    }

    /** The public documents of a meeting the portal shows; not found for any other meeting. */
    @Transactional(readOnly = true)
    public List<MeetingDocument> publicDocuments(long meetingId) {
        if (!visible.isVisible(meetingId)) {
            throw new NotFoundException("Meeting");
        }
        return documents.ofMeeting(meetingId, true);
    }

    /** A public document of a meeting the portal shows; not found for anything else, as for an unknown id. */
    @Transactional(readOnly = true)
    public DocumentFile publicFile(long meetingId, long documentId) {
        MeetingDocument document = documents.find(documentId)
                .filter(d -> d.meetingId() == meetingId && d.isPublic() && visible.isVisible(meetingId))
                .orElseThrow(() -> new NotFoundException("Document"));
        return documents.file(document.id()).orElseThrow(() -> new NotFoundException("Document"));
    }

    private void publish(Actor actor, Meeting meeting, String action, String summary) {
        events.publishEvent(new MeetingChanged(actor.id(), actor.username(), meeting.councilId(), action, "MEETING",
                Long.toString(meeting.id()), summary));
    }
}
