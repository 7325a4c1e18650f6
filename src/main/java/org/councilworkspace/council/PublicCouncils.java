package org.councilworkspace.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public portal may show of councils: the profile of a council that publishes something (the caller names
 * those councils from what their features publish) and the member list, only when the council chose to make it public.
 */
@Service
@Transactional
public class PublicCouncils {

    private final PublicCouncilRepository councils;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicCouncils(PublicCouncilRepository councils, AccessGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.councils = councils;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PublicCouncil> profiles(Collection<Long> councilIds) {
        return councilIds.isEmpty() ? List.of() : councils.profiles(councilIds);
    }

    /** The current members, or nothing when the council keeps its member list inside. */
    @Transactional(readOnly = true)
    public List<PublicMember> members(long councilId) {
        return councils.publicMembers(councilId, LocalDate.now(clock));
    }

    /** The chair or secretariat decides whether the portal lists the council's members. */
    public void setMembersPublic(long councilId, boolean membersPublic) {
        CouncilMember manager = guard.require(councilId, CouncilAction.MANAGE_MEMBERS);
        if (councils.setMembersPublic(councilId, membersPublic)) {
            events.publishEvent(new CouncilChanged(manager.actor().id(), manager.actor().username(), councilId,
                    membersPublic ? "MEMBER_LIST_PUBLISHED" : "MEMBER_LIST_WITHDRAWN", councilId,
                    membersPublic ? "Member list public" : "Member list no longer public"));
        }
    }
}
