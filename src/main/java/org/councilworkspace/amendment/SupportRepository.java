package org.councilworkspace.amendment;

import static org.councilworkspace.db.Tables.AMENDMENT;
import static org.councilworkspace.db.Tables.AMENDMENT_OPINION;
import static org.councilworkspace.db.Tables.AMENDMENT_SUPPORT_GROUP;
import static org.councilworkspace.db.Tables.AMENDMENT_SUPPORT_RULE;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.council.StakeholderGroup;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** The councils' support rules, and what an amendment's support is made of: its proposer's and supporters' groups. */
@Repository
class SupportRepository {

    /** An amendment's council, its proposer's current stakeholder group there, and each current supporter's group. */
    record Backing(long amendmentId, long councilId, StakeholderGroup proposerGroup,
                   List<StakeholderGroup> supporterGroups) {
    }

    private final DSLContext db;

    SupportRepository(DSLContext db) {
        this.db = db;
    }

    /** The rules of the given councils; councils that never set one are left out. */
    Map<Long, SupportRule> rules(Collection<Long> councilIds) {
        Map<Long, Set<StakeholderGroup>> groups = new HashMap<>();
        db.selectFrom(AMENDMENT_SUPPORT_GROUP).where(AMENDMENT_SUPPORT_GROUP.COUNCIL_ID.in(councilIds))
                .forEach(g -> groups.computeIfAbsent(g.getCouncilId(), c -> EnumSet.noneOf(StakeholderGroup.class))
                        .add(StakeholderGroup.valueOf(g.getStakeholderGroup())));
        Map<Long, SupportRule> rules = new HashMap<>();
        db.selectFrom(AMENDMENT_SUPPORT_RULE).where(AMENDMENT_SUPPORT_RULE.COUNCIL_ID.in(councilIds))
                .forEach(r -> rules.put(r.getCouncilId(), new SupportRule(r.getMinSupporters(), r.getOtherGroup(),
                        groups.getOrDefault(r.getCouncilId(), Set.of()), r.getVersion())));
        return rules;
    }

    /**
     * Stores the rule if the stored one is still at {@code expectedVersion} (0: none stored yet); false when someone
     * saved another meanwhile. A stored rule starts at version 1, so 0 always means "never set".
     */
    boolean save(long councilId, SupportRule rule, int expectedVersion, long userId, OffsetDateTime now) {
        if (expectedVersion == 0) {
            try {
                db.insertInto(AMENDMENT_SUPPORT_RULE).set(AMENDMENT_SUPPORT_RULE.COUNCIL_ID, councilId)
                        .set(AMENDMENT_SUPPORT_RULE.MIN_SUPPORTERS, rule.minSupporters())
                        .set(AMENDMENT_SUPPORT_RULE.OTHER_GROUP, rule.otherGroup())
                        .set(AMENDMENT_SUPPORT_RULE.CHANGED_BY, userId).set(AMENDMENT_SUPPORT_RULE.CHANGED_AT, now)
                        .set(AMENDMENT_SUPPORT_RULE.VERSION, 1).execute();
            } catch (DuplicateKeyException e) {
                return false;
            }
        } else if (db.update(AMENDMENT_SUPPORT_RULE).set(AMENDMENT_SUPPORT_RULE.MIN_SUPPORTERS, rule.minSupporters())
                .set(AMENDMENT_SUPPORT_RULE.OTHER_GROUP, rule.otherGroup())
                .set(AMENDMENT_SUPPORT_RULE.CHANGED_BY, userId).set(AMENDMENT_SUPPORT_RULE.CHANGED_AT, now)
                .set(AMENDMENT_SUPPORT_RULE.VERSION, AMENDMENT_SUPPORT_RULE.VERSION.plus(1))
                .where(AMENDMENT_SUPPORT_RULE.COUNCIL_ID.eq(councilId)
                        .and(AMENDMENT_SUPPORT_RULE.VERSION.eq(expectedVersion))).execute() == 0) {
            return false;
        }
        db.deleteFrom(AMENDMENT_SUPPORT_GROUP).where(AMENDMENT_SUPPORT_GROUP.COUNCIL_ID.eq(councilId)).execute();
        for (StakeholderGroup group : rule.groups()) {
            db.insertInto(AMENDMENT_SUPPORT_GROUP).set(AMENDMENT_SUPPORT_GROUP.COUNCIL_ID, councilId)
                    .set(AMENDMENT_SUPPORT_GROUP.STAKEHOLDER_GROUP, group.name()).execute();
        }
        return true;
    }

    /** The backing of each of the given amendments, in two queries however many there are. */
    Map<Long, Backing> backing(Collection<Long> amendmentIds, LocalDate today) {
        Map<Long, List<StakeholderGroup>> supporters = new HashMap<>();
        db.select(AMENDMENT_OPINION.AMENDMENT_ID, MEMBERSHIP.STAKEHOLDER_GROUP).from(AMENDMENT_OPINION)
                .join(AMENDMENT).on(AMENDMENT.ID.eq(AMENDMENT_OPINION.AMENDMENT_ID))
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(AMENDMENT.PLAN_ID))
                .join(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(AMENDMENT_OPINION.USER_ID)
                        .and(MEMBERSHIP.COUNCIL_ID.eq(MASTER_PLAN.COUNCIL_ID)).and(CurrentMembership.on(today)))
                .where(AMENDMENT_OPINION.AMENDMENT_ID.in(amendmentIds)
                        .and(AMENDMENT_OPINION.SUPERSEDED_AT.isNull())
                        .and(AMENDMENT_OPINION.STANCE.eq(AmendmentStance.SUPPORT.name())))
                .forEach(r -> supporters.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(StakeholderGroup.valueOf(r.value2())));
        Map<Long, Backing> backing = new HashMap<>();
        db.select(AMENDMENT.ID, MASTER_PLAN.COUNCIL_ID, MEMBERSHIP.STAKEHOLDER_GROUP).from(AMENDMENT)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(AMENDMENT.PLAN_ID))
                .leftJoin(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(AMENDMENT.PROPOSER_ID)
                        .and(MEMBERSHIP.COUNCIL_ID.eq(MASTER_PLAN.COUNCIL_ID)).and(CurrentMembership.on(today)))
                .where(AMENDMENT.ID.in(amendmentIds))
                .forEach(r -> backing.putIfAbsent(r.value1(), new Backing(r.value1(), r.value2(),
                        r.value3() == null ? null : StakeholderGroup.valueOf(r.value3()),
                        List.copyOf(supporters.getOrDefault(r.value1(), List.of())))));
        return backing;
    }
}
