package org.councilworkspace.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.document.DocumentLocale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people without an account may do: list open public rounds, read the frozen text a round consults,
 * comment (on a public round, or on an invited one through their organization's link), and read published
 * results. Nothing else of a council is reachable from here: drafts, live text and unpublished answers stay
 * behind the council's own services.
 */
@Service
@Transactional
public class PublicConsultation {

    public static final int MAX_TEXT = 20_000;

    private final RoundRepository rounds;
    private final SubmissionRepository submissions;
    private final PlanTextRepository texts;
    private final ResultsBuilder results;
    private final RoundHistoryRepository history;
    private final SubmissionThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicConsultation(RoundRepository rounds, SubmissionRepository submissions, PlanTextRepository texts,
                       ResultsBuilder results, RoundHistoryRepository history, SubmissionThrottle throttle,
                       ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.texts = texts;
        this.results = results;
        this.history = history;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** A round open to comment, with the consulted text; the invitation is set for an invited organization. */
    public record OpenRound(ConsultationRound round, List<RoundSection> sections, Invitation invitation) {
    }

    @Transactional(readOnly = true)
    public List<ConsultationRound> openRounds() {
        return rounds.openPublic(now());
    }

    @Transactional(readOnly = true)
    public List<ConsultationRound> publishedRounds() {
        return rounds.published();
    }

    /** Public rounds that are scheduled (open, but not before their opening time). */
    @Transactional(readOnly = true)
    public List<ConsultationRound> upcomingRounds() {
        return rounds.publicRounds(RoundStatus.OPEN, now());
    }

    /** Public rounds that no longer take comments and whose results are not yet published. */
    @Transactional(readOnly = true)
    public List<ConsultationRound> closedRounds() {
        List<ConsultationRound> closed = new java.util.ArrayList<>(rounds.publicRounds(RoundStatus.CLOSED, null));
        closed.addAll(rounds.publicRounds(RoundStatus.RESPONDED, null));
        return closed;
    }

    /** An open public round; not found for any other round, so closed and invited rounds stay private. */
    @Transactional(readOnly = true)
    public OpenRound publicRound(long roundId) {
        return findPublicRound(roundId).orElseThrow(() -> new NotFoundException("Round"));
    }

    /** The same, empty for any round that is not open and public. */
    @Transactional(readOnly = true)
    public Optional<OpenRound> findPublicRound(long roundId) {
        return rounds.find(roundId).filter(r -> r.kind() == RoundKind.PUBLIC && r.acceptsSubmissions(now()))
                .map(round -> new OpenRound(round, RoundService.consulted(round, texts), null));
    }

    /** The round an invitation link leads to, while the link is valid and the round open. */
    @Transactional(readOnly = true)
    public Optional<OpenRound> invitedRound(String token) {
        return validInvitation(token).flatMap(invitation -> rounds.find(invitation.roundId())
                .filter(r -> r.acceptsSubmissions(now()))
                .map(r -> new OpenRound(r, RoundService.consulted(r, texts), invitation)));
    }

    public Receipt submit(long roundId, NewSubmission input, String clientAddress) {
        OpenRound open = publicRound(roundId);
        return store(open, input, clientAddress);
    }

    public Receipt submitInvited(String token, NewSubmission input, String clientAddress) {
        OpenRound open = invitedRound(token).orElseThrow(() -> new NotFoundException("Invitation"));
        return store(open, input, clientAddress);
    }

    /** The comment-response table of a published round; not found before publication. */
    @Transactional(readOnly = true)
    public PublishedResults results(long roundId) {
        return results.build(findPublishedRound(roundId).orElseThrow(() -> new NotFoundException("Round")));
    }

    /**
     * The published comment-response table as PDF and as a spreadsheet, in the reader's language; the same rows as
     * the page. Rendering holds no connection (the table is read first, outside any long transaction).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public byte[] resultsPdf(long roundId, DocumentLocale reader) {
        return ResponseTablePdf.render(results(roundId), reader);
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public byte[] resultsXlsx(long roundId, DocumentLocale reader) {
        return ResponseTableXlsx.render(results(roundId), reader);
    }

    /** A round whose results are published; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<ConsultationRound> findPublishedRound(long roundId) {
        return rounds.find(roundId).filter(r -> r.status() == RoundStatus.PUBLISHED);
    }

    /**
     * Early closes and reopenings of a round the public may see (open and public, or with published results),
     * with their reasons; who acted stays inside the council. Not found for any other round.
     */
    @Transactional(readOnly = true)
    public List<RoundHistoryEntry> publicHistory(long roundId) {
        OffsetDateTime now = now();
        rounds.find(roundId).filter(r -> r.status() == RoundStatus.PUBLISHED
                || r.kind() == RoundKind.PUBLIC && r.acceptsSubmissions(now)).orElseThrow(() -> new NotFoundException("Round"));
        return withoutActors(roundId);
    }

    /** The same for an invited organization, while its link is valid and the round open; empty otherwise. */
    @Transactional(readOnly = true)
    public List<RoundHistoryEntry> invitedHistory(String token) {
        return invitedRound(token).map(open -> withoutActors(open.round().id())).orElse(List.of());
    }

    private List<RoundHistoryEntry> withoutActors(long roundId) {
        return history.of(roundId).stream().map(h -> new RoundHistoryEntry(h.kind(), h.at(), null, h.reason(),
                h.previousClosesAt(), h.newClosesAt())).toList();
    }

    private Receipt store(OpenRound open, NewSubmission input, String clientAddress) {
        ConsultationRound round = open.round();
        if (input.website() != null && !input.website().isBlank()) {
            // The honeypot: a field hidden from people, which only form-filling robots fill in.
            throw new InvalidInputException("form", "consultation.submit.refused");
        }
        if (throttle.isBlocked(clientAddress)) {
            throw new InvalidInputException("form", "consultation.submit.rate-limited", throttle.window().toMinutes());
        }
        String name = TextRules.requiredLine("name", input.name(), 200);
        Invitation invitation = open.invitation();
        String organization = invitation != null ? invitation.organizationName()
                : input.organizationName() == null || input.organizationName().isBlank() ? null
                : TextRules.requiredLine("organization", input.organizationName(), 300);
        OrganizationType type = invitation != null ? invitation.organizationType() : input.organizationType();
        if (type == null) {
            throw new InvalidInputException("organizationType", "validation.required");
        }
        String email = TextRules.email("email", input.email());
        if (input.sectionId() != null) {
            Set<Long> consulted = Set.copyOf(open.sections().stream().map(RoundSection::sectionId).toList());
            if (!consulted.contains(input.sectionId())) {
                throw new InvalidInputException("section", "consultation.submit.section-not-consulted");
            }
        }
        String text = TextRules.requiredText("text", input.text(), MAX_TEXT);
        String fileName = input.attachment() == null ? null : PdfCheck.check(input.attachmentName(), input.attachment());
        throttle.record(clientAddress);
        String hash = SubmissionText.fingerprint(text);
        if (submissions.duplicate(round.id(), hash)) {
            throw new InvalidInputException("text", "consultation.submit.duplicate");
        }
        OffsetDateTime now = now();
        String receipt = SubmissionText.receiptNumber(round.id());
        long id = submissions.insert(new SubmissionRepository.Row(round.id(), receipt, name, organization, type, email,
                input.sectionId(), text, input.consentToPublishName(), invitation == null ? null : invitation.id(),
                SubmissionText.searchText(name, organization, text), hash, now));
        if (fileName != null) {
            submissions.insertAttachment(id, fileName, input.attachment());
        }
        events.publishEvent(new RoundChanged(null, invitation == null ? "public" : "invited", round.councilId(),
                "SUBMISSION_RECEIVED", "SUBMISSION", Long.toString(id), receipt));
        return new Receipt(receipt, round.title(), now);
    }

    private Optional<Invitation> validInvitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return rounds.invitationByToken(SubmissionText.sha256(token)).filter(i -> i.expiresAt().isAfter(now()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
