package org.councilworkspace.demo;

import java.util.List;
import java.util.Map;
import org.councilworkspace.consensus.ChairService;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Position;
import org.councilworkspace.consensus.Stance;
import org.springframework.stereotype.Component;

/**
 * Positions of every kind on the automotive plan: agreement, reservations, objections, abstentions and
 * questions, a section declared agreed, one declared over an objection (which goes to the annex), and
 * positions made stale by a later edit.
 */
@Component
class DemoPositions {

    private static final List<String> VOTING = List.of("somchai", "chaiwat", "kittisak", "nattaya", "siriporn",
            "wichai", "tanaka", "supaporn", "arunee", "prasert");

    private final ConsensusService consensus;
    private final ChairService chair;

    DemoPositions(ConsensusService consensus, ChairService chair) {
        this.consensus = consensus;
        this.chair = chair;
    }

    void seed(Map<String, Long> ids, long planId, List<Long> sections) {
        long vision = sections.get(1);
        long targets = sections.get(2);
        long ev = sections.get(9);
        long skills = sections.get(11);
        long standards = sections.get(12);
        for (String who : VOTING.subList(0, 8)) {
            position(ids, who, planId, vision, Stance.AGREE, null);
        }
        position(ids, "prasert", planId, vision, Stance.AGREE_WITH_RESERVATIONS, "Add a measurable export target.");
        RunAs.user(ids.get("somchai"), "somchai", false,
                () -> chair.declare(planId, vision, "Agreed at the 2nd plenary, with one reservation noted.", false));

        for (String who : List.of("somchai", "chaiwat", "kittisak", "nattaya", "siriporn")) {
            position(ids, who, planId, targets, Stance.AGREE, null);
        }
        position(ids, "tanaka", planId, targets, Stance.OBJECT,
                "A 30% share of zero-emission vehicles by 2031 is not achievable for pickup exporters.");
        position(ids, "wichai", planId, targets, Stance.NEEDS_DISCUSSION, "The local-content target needs a cost estimate.");

        for (String who : List.of("somchai", "chaiwat", "kittisak", "nattaya", "siriporn", "wichai", "arunee")) {
            position(ids, who, planId, ev, Stance.AGREE, null);
        }
        position(ids, "supaporn", planId, ev, Stance.OBJECT,
                "Tying incentives to local battery production will delay new EV investment.");
        position(ids, "tanaka", planId, ev, Stance.ABSTAIN, null);
        RunAs.user(ids.get("somchai"), "somchai", false,
                () -> chair.declare(planId, ev, "Agreed by a qualified majority; one objection recorded.", false));
        RunAs.user(ids.get("supaporn"), "supaporn", false, () -> {
            var opinion = chair.annex(planId).stream().filter(o -> o.userId() == ids.get("supaporn")).findFirst()
                    .orElseThrow();
            chair.consentToMinorityOpinion(opinion.id(), opinion.version());
        });

        for (String who : List.of("arunee", "prasert", "siriporn", "kittisak")) {
            position(ids, who, planId, skills, Stance.AGREE, null);
        }
        position(ids, "wichai", planId, standards, Stance.AGREE_WITH_RESERVATIONS,
                "Testing fees must stay affordable for small suppliers.");
        long reservation = positionsOf(ids, planId, standards).stream().filter(p -> p.userId() == ids.get("wichai"))
                .findFirst().orElseThrow().id();
        RunAs.user(ids.get("somchai"), "somchai", false, () -> chair.recordMinorityOpinion(reservation, null));

        for (String who : List.of("kittisak", "nattaya", "arunee")) {
            position(ids, who, planId, null, Stance.AGREE, null);
        }
        position(ids, "tanaka", planId, null, Stance.AGREE_WITH_RESERVATIONS, "Subject to a review of the ZEV target.");
    }

    private List<Position> positionsOf(Map<String, Long> ids, long planId, long sectionId) {
        return RunAs.user(ids.get("somchai"), "somchai", false, () -> consensus.positions(planId, sectionId));
    }

    private void position(Map<String, Long> ids, String who, long planId, Long sectionId, Stance stance, String reason) {
        RunAs.user(ids.get(who), who, false, () -> consensus.recordPosition(planId, sectionId, stance, reason));
    }
}
