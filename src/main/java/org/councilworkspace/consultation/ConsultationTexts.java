package org.councilworkspace.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.councilworkspace.base.DocumentTexts;
import org.councilworkspace.base.IndexedText;
import org.councilworkspace.base.IndexedTexts;
import org.councilworkspace.base.KeysetPages;
import org.councilworkspace.db.Tables;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultation submissions and their answers for the search index. Inside the workspace only those who run
 * consultations read submissions ({@link ConsultationAccess}), hidden ones included, so they carry the
 * CONSULTATION audience. For the public portal, a round's published comment-response table is indexed as the
 * portal shows it (only visible comments, names only with consent), and only once the round is published.
 * A submission is its own scope and part of its round's, so a new one is indexed without reading the round again.
 */
@Component
@Transactional(readOnly = true)
public class ConsultationTexts implements IndexedTexts {

    private static final int PAGE = 500;
    private static final String SUBMISSION = "submission:";
    private static final String ROUND = "round:";

    private final ConsultationTextRepository repository;
    private final PublicConsultation published;
    private final DocumentTexts documents;

    ConsultationTexts(ConsultationTextRepository repository, PublicConsultation published, DocumentTexts documents) {
        this.repository = repository;
        this.published = published;
        this.documents = documents;
    }

    /** Who reads submissions and answers inside the council: the rule {@link ConsultationAccess} applies. */
    public static boolean readsSubmissions(CouncilRole role) {
        return role.may(CouncilAction.MANAGE_CONSULTATION);
    }

    /** The scope an event changed: the submission, or the whole round for anything else about it. */
    public Optional<String> scopeOf(RoundChanged event) {
        if (event.objectId() == null) {
            return Optional.empty();
        }
        long id = Long.parseLong(event.objectId());
        return switch (event.objectType()) {
            case "SUBMISSION" -> Optional.of(SUBMISSION + id);
            case "ROUND" -> Optional.of(ROUND + id);
            case "GROUP" -> repository.roundOfGroup(id).map(round -> ROUND + round);
            default -> Optional.empty();
        };
    }

    @Override
    public void forEach(Consumer<IndexedText> consumer) {
        KeysetPages.forEach(PAGE, after -> repository.page(after, PAGE), r -> r.submissionId(),
                r -> submission(r).forEach(consumer));
        repository.groupAnswers(Tables.CONSULTATION_RESPONSE.GROUP_ID.isNotNull()).stream()
                .map(ConsultationTexts::groupAnswer).forEach(consumer);
        KeysetPages.forEach(PAGE, after -> repository.publishedRounds(after, PAGE), Long::longValue,
                id -> publicEntries(id).forEach(consumer));
    }

    @Override
    public List<IndexedText> scope(String scope) {
        if (scope.startsWith(SUBMISSION)) {
            return repository.one(Long.parseLong(scope.substring(SUBMISSION.length()))).stream()
                    .flatMap(r -> submission(r).stream()).toList();
        }
        if (!scope.startsWith(ROUND)) {
            return List.of();
        }
        long roundId = Long.parseLong(scope.substring(ROUND.length()));
        List<IndexedText> texts = new ArrayList<>();
        repository.ofRound(roundId).forEach(r -> texts.addAll(submission(r)));
        repository.groupAnswers(Tables.CONSULTATION_RESPONSE.ROUND_ID.eq(roundId)).stream()
                .map(ConsultationTexts::groupAnswer).forEach(texts::add);
        texts.addAll(publicEntries(roundId));
        return texts;
    }

    private List<IndexedText> submission(ConsultationTextRepository.Row r) {
        List<String> scopes = List.of(SUBMISSION + r.submissionId(), ROUND + r.roundId());
        String author = r.organization() == null || r.organization().isBlank() ? r.name()
                : r.name() + " (" + r.organization() + ")";
        List<IndexedText> texts = new ArrayList<>();
        texts.add(new IndexedText("SUBMISSION", SUBMISSION + r.submissionId(), scopes, r.councilId(), "CONSULTATION",
                r.planId(), r.sectionId(), r.roundId(), null, r.roundTitle(), r.body(), author, null, r.receivedAt()));
        if (r.answer() != null) {
            texts.add(new IndexedText("ANSWER", "answer:" + r.submissionId(), scopes, r.councilId(), "CONSULTATION",
                    r.planId(), r.sectionId(), r.roundId(), null, r.roundTitle(), r.answer(), null, null,
                    r.answeredAt()));
        }
        attachment(r, scopes, author).ifPresent(texts::add);
        return texts;
    }

    /** The attached file's text, read by those who read the submission; nothing when it has no readable text. */
    private Optional<IndexedText> attachment(ConsultationTextRepository.Row r, List<String> scopes, String author) {
        if (r.attachmentName() == null) {
            return Optional.empty();
        }
        String key = "attachment:" + r.submissionId();
        return documents.text(key, r.attachmentName(), () -> repository.attachmentContent(r.submissionId()))
                .map(text -> new IndexedText("ATTACHMENT", key, scopes, r.councilId(), "CONSULTATION", r.planId(),
                        r.sectionId(), r.roundId(), null, r.attachmentName() + " · " + r.roundTitle(), text,
                        author, null, r.receivedAt()));
    }

    private static IndexedText groupAnswer(ConsultationTextRepository.GroupAnswer g) {
        return new IndexedText("ANSWER", "group-answer:" + g.responseId(), List.of(ROUND + g.roundId()), g.councilId(),
                "CONSULTATION", g.planId(), null, g.roundId(), null, g.roundTitle(), g.label() + "\n" + g.reasoning(),
                null, null, g.answeredAt());
    }

    /** The published table's rows, exactly as the portal's results page shows them; none before publication. */
    private List<IndexedText> publicEntries(long roundId) {
        if (published.findPublishedRound(roundId).isEmpty()) {
            return List.of();
        }
        PublishedResults results = published.results(roundId);
        ConsultationRound round = results.round();
        List<IndexedText> texts = new ArrayList<>();
        for (PublishedResults.Section section : results.sections()) {
            for (PublishedResults.Entry e : section.entries()) {
                String title = section.title() == null ? round.title() : round.title() + " · " + section.title();
                String text = e.opinion() + (e.reasoning() == null ? "" : "\n" + e.reasoning());
                String author = e.publishedName() == null ? e.organizationName() : e.publishedName();
                texts.add(new IndexedText("PUBLIC_ANSWER", "public-answer:" + roundId + ":" + texts.size(),
                        List.of(ROUND + roundId), round.councilId(), "PUBLIC", round.planId(), section.sectionId(),
                        roundId, null, title, text, author, null, results.publishedAt()));
            }
        }
        return texts;
    }
}
