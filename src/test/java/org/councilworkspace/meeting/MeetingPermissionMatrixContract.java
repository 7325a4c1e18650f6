package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every person who could try × every meeting action, called on the services directly: the right people
 * succeed and everyone else is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MeetingPermissionMatrixContract {

    enum Who { CHAIR, VICE_CHAIR, SECRETARIAT, MEMBER, OBSERVER, MEMBER_OF_ANOTHER_COUNCIL, ENDED_MEMBER,
        DEACTIVATED_CHAIR, PLATFORM_ADMIN }

    enum Action { LIST_MEETINGS, READ_MEETING, READ_AGENDA, READ_MINUTES, DOWNLOAD_ICS, CREATE_MEETING,
        CHANGE_NOTICE_PERIOD, ADD_AGENDA_ITEM, REORDER_AGENDA, SUGGEST, PUBLISH_AGENDA, ANSWER_INVITATION,
        RECORD_ATTENDANCE, RECORD_DECISION, RECORD_ACTION_ITEM, APPROVE_MINUTES, PUBLISH_SUMMARY,
        PUBLISH_MINUTES, CHANGE_MEMBERS_ACTION_ITEM, START_CORRECTION, LIST_MINUTES_VERSIONS, READ_NOTES_HISTORY,
        DRAG_AGENDA_ITEM, ATTACH_ITEM_DOCUMENT }

    private static final Set<Who> READERS = EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT, Who.MEMBER,
            Who.OBSERVER);
    private static final Set<Who> MANAGERS = EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT);

    private static final Map<Action, Set<Who>> ALLOWED = Map.ofEntries(
            Map.entry(Action.LIST_MEETINGS, READERS),
            Map.entry(Action.READ_MEETING, READERS),
            Map.entry(Action.READ_AGENDA, READERS),
            Map.entry(Action.READ_MINUTES, READERS),
            Map.entry(Action.DOWNLOAD_ICS, READERS),
            Map.entry(Action.CREATE_MEETING, MANAGERS),
            Map.entry(Action.CHANGE_NOTICE_PERIOD, MANAGERS),
            Map.entry(Action.ADD_AGENDA_ITEM, MANAGERS),
            Map.entry(Action.REORDER_AGENDA, MANAGERS),
            Map.entry(Action.DRAG_AGENDA_ITEM, MANAGERS),
            Map.entry(Action.ATTACH_ITEM_DOCUMENT, MANAGERS),
            Map.entry(Action.SUGGEST, MANAGERS),
            Map.entry(Action.PUBLISH_AGENDA, MANAGERS),
            // Everyone current was invited; each answers only for themself.
            Map.entry(Action.ANSWER_INVITATION, READERS),
            Map.entry(Action.RECORD_ATTENDANCE, MANAGERS),
            Map.entry(Action.RECORD_DECISION, MANAGERS),
            Map.entry(Action.RECORD_ACTION_ITEM, MANAGERS),
            Map.entry(Action.APPROVE_MINUTES, EnumSet.of(Who.CHAIR, Who.VICE_CHAIR)),
            Map.entry(Action.PUBLISH_SUMMARY, MANAGERS),
            Map.entry(Action.PUBLISH_MINUTES, MANAGERS),
            // The action item belongs to the member.
            Map.entry(Action.CHANGE_MEMBERS_ACTION_ITEM, EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.SECRETARIAT,
                    Who.MEMBER)),
            Map.entry(Action.START_CORRECTION, MANAGERS),
            Map.entry(Action.LIST_MINUTES_VERSIONS, READERS),
            // Draft notes: those who work on drafts; everyone else is told "not found", like for a missing id.
            Map.entry(Action.READ_NOTES_HISTORY, MANAGERS));

    private static final Set<Action> REFUSED_AS_NOT_FOUND = EnumSet.of(Action.READ_NOTES_HISTORY);

    @Autowired Fixtures fixtures;
    @Autowired CouncilService councils;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired AgendaDocuments itemDocuments;
    @Autowired MeetingDocuments documents;
    @Autowired MinutesService minutes;
    @Autowired CalendarService calendar;
    @Autowired MutableClock clock;

    private final Map<Who, TestUser> people = new java.util.EnumMap<>(Who.class);
    private TestUser secretariat;
    private TestUser chair;
    private long councilId;

    @BeforeAll
    void buildCouncil() {
        TestUser admin = fixtures.admin();
        secretariat = fixtures.user("secretariat");
        councilId = fixtures.council(admin, secretariat);
        people.put(Who.SECRETARIAT, secretariat);
        people.put(Who.PLATFORM_ADMIN, admin);
        for (Who who : EnumSet.of(Who.CHAIR, Who.VICE_CHAIR, Who.MEMBER, Who.OBSERVER)) {
            TestUser person = fixtures.user(who.name().toLowerCase());
            fixtures.addMember(councilId, secretariat, person, CouncilRole.valueOf(who.name()));
            people.put(who, person);
        }
        chair = people.get(Who.CHAIR);
        TestUser outsider = fixtures.user("outsider");
        fixtures.council(admin, outsider);
        people.put(Who.MEMBER_OF_ANOTHER_COUNCIL, outsider);
        TestUser deactivated = fixtures.user("deactivated");
        fixtures.addMember(councilId, secretariat, deactivated, CouncilRole.CHAIR);
        people.put(Who.DEACTIVATED_CHAIR, deactivated);
        // Invited while still a member; the membership ends before the meeting.
        TestUser ended = fixtures.user("ended");
        long endedMembership = fixtures.addMember(councilId, secretariat, ended, CouncilRole.CHAIR);
        people.put(Who.ENDED_MEMBER, ended);
        lateMembershipEnd = () -> fixtures.endMembership(councilId, endedMembership);
    }

    private Runnable lateMembershipEnd;
    private boolean prepared;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    Stream<Arguments> matrix() {
        return Stream.of(Who.values()).flatMap(who -> Stream.of(Action.values())
                .map(action -> Arguments.of(who, action, ALLOWED.get(action).contains(who))));
    }

    @ParameterizedTest(name = "{0} {1}: allowed = {2}")
    @MethodSource("matrix")
    void only_the_right_people_may_act(Who who, Action action, boolean allowed) {
        finishSetUp();
        Runnable call = prepare(action);
        if (allowed) {
            assertThatCode(() -> AsUser.run(people.get(who), call)).doesNotThrowAnyException();
        } else {
            // A deactivated account is refused as such before anything is looked up.
            boolean notFound = REFUSED_AS_NOT_FOUND.contains(action) && who != Who.DEACTIVATED_CHAIR;
            assertThatThrownBy(() -> AsUser.run(people.get(who), call))
                    .isInstanceOf(notFound ? NotFoundException.class : AccessDeniedException.class);
        }
    }

    /** Ends one membership and deactivates one account after they were invited to the meetings made here. */
    private void finishSetUp() {
        if (!prepared) {
            prepared = true;
            lateMembershipEnd.run();
            fixtures.deactivate(people.get(Who.DEACTIVATED_CHAIR));
        }
    }

    /**
     * A fresh meeting (invitations to everyone who was a member when the council was built) with one item. It began
     * an hour ago, so its minutes can be approved once they have content.
     */
    private long meetingWithItem() {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).minusHours(1);
        Set<Long> everyone = people.values().stream().map(TestUser::id).collect(Collectors.toSet());
        long id = AsUser.call(secretariat, () -> {
            Set<Long> members = councils.currentMembers(councilId).stream().map(Member::userId)
                    .collect(Collectors.toSet());
            members.retainAll(everyone);
            return meetings.createMeeting(councilId, new NewMeeting(MeetingKind.PLENARY, "Plenary", start,
                    start.plusHours(2), null, null, null, members));
        });
        AsUser.call(secretariat, () -> agendas.addItem(id, new NewAgendaItem("Item", 10, null,
                AgendaPurpose.DISCUSSION, null)));
        return id;
    }

    private long firstItem(long meetingId) {
        return AsUser.call(secretariat, () -> agendas.agenda(meetingId)).items().get(0).id();
    }

    private Runnable prepare(Action action) {
        long meetingId = meetingWithItem();
        long itemId = firstItem(meetingId);
        return switch (action) {
            case LIST_MEETINGS -> () -> meetings.meetings(councilId, true, 0, 10);
            case READ_MEETING -> () -> meetings.meeting(meetingId);
            case READ_AGENDA -> () -> agendas.agenda(meetingId);
            case READ_MINUTES -> () -> minutes.minutes(meetingId);
            case DOWNLOAD_ICS -> () -> calendar.meetingIcs(meetingId, null);
            case CREATE_MEETING -> () -> meetingCreatedBy();
            case CHANGE_NOTICE_PERIOD -> () -> meetings.setNoticeDays(councilId, 10);
            case ADD_AGENDA_ITEM -> () -> agendas.addItem(meetingId, new NewAgendaItem("More", 5, null,
                    AgendaPurpose.INFORMATION, null));
            case REORDER_AGENDA -> () -> agendas.move(itemId, 1);
            case DRAG_AGENDA_ITEM -> () -> agendas.place(meetingId, itemId, 0);
            case ATTACH_ITEM_DOCUMENT -> {
                long paper = AsUser.call(secretariat, () -> documents.add(meetingId, "Paper", "paper.pdf",
                        MeetingDocumentsTest.PDF, false));
                yield () -> itemDocuments.attach(itemId, paper);
            }
            case SUGGEST -> () -> agendas.suggestions(meetingId);
            case PUBLISH_AGENDA -> () -> agendas.publish(meetingId);
            case ANSWER_INVITATION -> () -> meetings.respond(meetingId, InvitationResponse.ATTENDING, null);
            case RECORD_ATTENDANCE -> () -> meetings.recordAttendance(meetingId, people.get(Who.MEMBER).id(), true);
            case RECORD_DECISION -> () -> minutes.addDecision(itemId, "Agreed.", null);
            case RECORD_ACTION_ITEM -> () -> minutes.addActionItem(itemId, new NewActionItem("Do it",
                    people.get(Who.MEMBER).id(), minutes.today().plusDays(7)));
            case APPROVE_MINUTES -> {
                withContent(itemId);
                yield () -> minutes.approve(meetingId);
            }
            case PUBLISH_SUMMARY -> {
                withContent(itemId);
                AsUser.run(chair, () -> minutes.approve(meetingId));
                yield () -> minutes.publishSummary(meetingId, "Summary.");
            }
            case PUBLISH_MINUTES -> {
                withContent(itemId);
                AsUser.run(chair, () -> minutes.approve(meetingId));
                AsUser.run(secretariat, () -> minutes.publishSummary(meetingId, "Summary."));
                yield () -> minutes.publishFull(meetingId);
            }
            case CHANGE_MEMBERS_ACTION_ITEM -> {
                long actionId = AsUser.call(secretariat, () -> minutes.addActionItem(itemId, new NewActionItem(
                        "Do it", people.get(Who.MEMBER).id(), minutes.today().plusDays(7))));
                yield () -> minutes.setActionStatus(actionId, ActionStatus.DONE, 0);
            }
            case START_CORRECTION -> {
                withContent(itemId);
                AsUser.run(chair, () -> minutes.approve(meetingId));
                yield () -> minutes.startCorrection(meetingId, "A decision was recorded under the wrong item.");
            }
            case LIST_MINUTES_VERSIONS -> () -> minutes.versions(meetingId);
            case READ_NOTES_HISTORY -> {
                withContent(itemId);
                yield () -> minutes.notesHistory(itemId);
            }
        };
    }

    private void withContent(long itemId) {
        AsUser.run(secretariat, () -> minutes.saveNotes(itemId, "Discussed.", 0));
    }

    private void meetingCreatedBy() {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusDays(30);
        meetings.createMeeting(councilId, new NewMeeting(MeetingKind.HEARING, "Hearing", start, start.plusHours(1),
                null, null, null, Set.of()));
    }
}
