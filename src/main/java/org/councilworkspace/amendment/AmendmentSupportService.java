package org.councilworkspace.amendment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.db.tables.records.AmendmentRecord;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support a council requires before its amendments can be accepted. Every member reads the rule and what each
 * amendment still lacks; the chair, vice-chair and secretariat (who manage the plan) set it. Accepting an amendment
 * that lacks it is refused by {@link AmendmentService#accept}, with what is missing.
 */
@Service
@Transactional
public class AmendmentSupportService {

    private final SupportRepository support;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AmendmentSupportService(SupportRepository support, AccessGuard guard, ApplicationEventPublisher events,
                            Clock clock) {
        this.support = support;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** The council's rule ({@link SupportRule#NONE} until one is set); for every member of the council. */
    @Transactional(readOnly = true)
    public SupportRule rule(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return support.rules(List.of(councilId)).getOrDefault(councilId, SupportRule.NONE);
    }

    /** Whether the signed-in person may set the council's rule. */
    @Transactional(readOnly = true)
    public boolean maySetRule(long councilId) {
        return guard.may(councilId, CouncilAction.MANAGE_PLAN);
    }

    /**
     * Sets the council's rule; {@code rule.version()} must be the version read (0 when none was set).
     *
     * @throws ConcurrentChangeException when someone set another rule meanwhile
     */
    public SupportRule setRule(long councilId, SupportRule rule) {
        CouncilMember me = guard.require(councilId, CouncilAction.MANAGE_PLAN);
        if (rule == null) {
            throw new InvalidInputException("minSupporters", "validation.required");
        }
        if (rule.minSupporters() < 0 || rule.minSupporters() > SupportRule.MAX_SUPPORTERS) {
            throw new InvalidInputException("minSupporters", "validation.range", 0, SupportRule.MAX_SUPPORTERS);
        }
        if (!support.save(councilId, rule, rule.version(), me.actor().id(), OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("Support rule");
        }
        events.publishEvent(new SupportRuleChanged(me.actor().id(), me.actor().username(), councilId,
                "at least " + rule.minSupporters() + " supporter(s)" + (rule.otherGroup()
                        ? ", one from another stakeholder group than the proposer's" : "")
                + (rule.groups().isEmpty() ? "" : ", one from each of " + rule.groups().stream().map(Enum::name)
                        .sorted().collect(Collectors.joining(", ")))));
        return support.rules(List.of(councilId)).get(councilId);
    }

    /**
     * What each of the given amendments still needs under its council's rule (an empty list: nothing), read in a few
     * queries however many there are. Amendments of councils the signed-in person does not belong to are refused.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<MissingSupport>> missing(Collection<Long> amendmentIds) {
        if (amendmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, SupportRepository.Backing> backing = support.backing(Set.copyOf(amendmentIds), today());
        Set<Long> councils = backing.values().stream().map(SupportRepository.Backing::councilId)
                .collect(Collectors.toSet());
        councils.forEach(c -> guard.require(c, CouncilAction.READ));
        Map<Long, SupportRule> rules = support.rules(councils);
        Map<Long, List<MissingSupport>> missing = new HashMap<>();
        backing.values().forEach(b -> missing.put(b.amendmentId(), SupportCheck.missing(
                rules.getOrDefault(b.councilId(), SupportRule.NONE), b.proposerGroup(), b.supporterGroups())));
        return missing;
    }

    /** Refuses to go on while the amendment lacks the support its council requires (the caller checked the rights). */
    void requireSupported(AmendmentRecord amendment) {
        SupportRepository.Backing b = support.backing(List.of(amendment.getId()), today()).get(amendment.getId());
        SupportRule rule = support.rules(List.of(b.councilId())).getOrDefault(b.councilId(), SupportRule.NONE);
        List<MissingSupport> missing = SupportCheck.missing(rule, b.proposerGroup(), b.supporterGroups());
        if (!missing.isEmpty()) {
            throw new SupportShortfallException(missing);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
