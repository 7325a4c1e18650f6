package org.councilworkspace.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.plan.text.DiffHtml;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.WordDiff;
import org.springframework.stereotype.Component;

/** Builds the comment-response table and the consulted-versus-final comparison from stored rows. */
@Component
class ResultsBuilder {

    private final SubmissionRepository submissions;
    private final GroupRepository groups;
    private final PlanTextRepository texts;

    ResultsBuilder(SubmissionRepository submissions, GroupRepository groups, PlanTextRepository texts) {
        this.submissions = submissions;
        this.groups = groups;
        this.texts = texts;
    }

    PublishedResults build(ConsultationRound round) {
        List<RoundSection> consulted = RoundService.consulted(round, texts);
        Map<Long, Response> own = new LinkedHashMap<>();
        Map<Long, Response> ofGroups = new LinkedHashMap<>();
        for (Response r : submissions.currentResponses(round.id())) {
            if (r.submissionId() != null) {
                own.put(r.submissionId(), r);
            } else {
                ofGroups.put(r.groupId(), r);
            }
        }
        Map<Long, String> groupLabels = groups.groups(round.id()).stream()
                .collect(Collectors.toMap(Group::id, Group::label));
        Map<Long, List<PublishedResults.Entry>> bySection = new LinkedHashMap<>();
        Map<Long, int[]> groupCounts = new LinkedHashMap<>();
        Map<Long, Long> groupSection = new LinkedHashMap<>();
        submissions.each(round.id(), true, s -> {
            Response response = own.get(s.id());
            if (response == null && s.groupId() != null && ofGroups.containsKey(s.groupId())) {
                groupCounts.computeIfAbsent(s.groupId(), g -> new int[1])[0]++;
                groupSection.putIfAbsent(s.groupId(), s.sectionId());
                return;
            }
            bySection.computeIfAbsent(key(s.sectionId()), k -> new ArrayList<>()).add(entry(s.receiptNo(), s.text(),
                    false, 1, s.consentToPublishName() ? s.submitterName() : null,
                    s.consentToPublishName() ? s.organizationName() : null, s, response));
        });
        groupCounts.forEach((groupId, count) -> bySection.computeIfAbsent(key(groupSection.get(groupId)),
                k -> new ArrayList<>()).add(entry(null, groupLabels.get(groupId), true, count[0], null, null, null,
                ofGroups.get(groupId))));
        List<PublishedResults.Section> sections = new ArrayList<>();
        Optional.ofNullable(bySection.remove(-1L)).ifPresent(entries ->
                sections.add(new PublishedResults.Section(null, null, entries)));
        for (RoundSection section : consulted) {
            List<PublishedResults.Entry> entries = bySection.remove(section.sectionId());
            if (entries != null) {
                sections.add(new PublishedResults.Section(section.sectionId(), section.numberedTitle(), entries));
            }
        }
        return new PublishedResults(round, finalLabel(round), round.publishedAt(), sections, textChanges(round, consulted));
    }

    private static long key(Long sectionId) {
        return sectionId == null ? -1L : sectionId;
    }

    private PublishedResults.Entry entry(String receipt, String opinion, boolean summary, int count, String name,
                                         String organization, Submission s, Response response) {
        String changeTitle = null;
        String changeHtml = null;
        Long changeVersion = null;
        Long changeSection = null;
        if (response != null && response.revisionId() != null) {
            var change = texts.change(response.revisionId());
            if (change.isPresent()) {
                changeTitle = "r" + change.get().revisionNo();
                changeHtml = DiffHtml.inline(WordDiff.diff(change.get().before(), change.get().after(), Locale.ROOT));
                changeVersion = texts.firstPublishedVersionCarrying(change.get().sectionId(), change.get().revisionId())
                        .orElse(null);
                changeSection = changeVersion == null ? null : change.get().sectionId();
            }
        }
        return new PublishedResults.Entry(receipt, opinion, summary, count, name, organization,
                s == null ? null : s.organizationType(), response == null ? null : response.disposition(),
                response == null ? null : response.reasoning(), changeTitle, changeHtml, changeVersion, changeSection);
    }

    private String finalLabel(ConsultationRound round) {
        return round.finalVersionId() == null ? null : texts.versionLabel(round.finalVersionId()).orElse(null);
    }

    private List<PublishedResults.TextChange> textChanges(ConsultationRound round, List<RoundSection> consulted) {
        if (round.finalVersionId() == null || round.finalVersionId() == round.planVersionId()) {
            return List.of();
        }
        Map<Long, RoundSection> after = texts.versionSections(round.finalVersionId()).stream()
                .collect(Collectors.toMap(RoundSection::sectionId, Function.identity()));
        List<PublishedResults.TextChange> changes = new ArrayList<>();
        for (RoundSection before : consulted) {
            RoundSection now = after.get(before.sectionId());
            String newText = now == null ? "" : now.body();
            if (!newText.equals(before.body())) {
                List<DiffSegment> diff = WordDiff.diff(before.body(), newText, Locale.ROOT);
                changes.add(new PublishedResults.TextChange(before.numberedTitle(), WordDiff.changedWords(diff),
                        DiffHtml.inline(diff)));
            }
        }
        return changes;
    }
}
