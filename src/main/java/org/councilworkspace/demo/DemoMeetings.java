package org.councilworkspace.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.ActionStatus;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaLink;
import org.councilworkspace.meeting.AgendaLinkKind;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.AgendaSuggestion;
import org.councilworkspace.meeting.InvitationResponse;
import org.councilworkspace.meeting.Invitee;
import org.councilworkspace.meeting.Meeting;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NewActionItem;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.springframework.stereotype.Component;

/**
 * Meetings of the demo councils: two past automotive meetings with approved minutes, decisions and action items
 * (one set fully published, one with only the summary released, some items overdue), an upcoming plenary with
 * a published agenda built from suggestions, a working group still without an agenda, and a subcommittee meeting.
 * Agenda items carry their papers: the draft chapters they discuss (PDF and Word) and briefing notes.
 */
@Component
class DemoMeetings {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final MinutesService minutes;
    private final DemoAgendaDocuments papers;
    private final Clock clock;

    DemoMeetings(MeetingService meetings, AgendaService agendas, MinutesService minutes, DemoAgendaDocuments papers,
                 Clock clock) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.papers = papers;
        this.clock = clock;
    }

    void seed(Map<String, Long> ids, long automotiveCouncil, long subcommittee, List<Long> sections) {
        long ev = sections.get(9);
        long skills = sections.get(11);
        long standards = sections.get(12);
        Set<Long> automotive = as(ids, "pranee", () -> meetings.inviteCandidates(automotiveCouncil)).stream()
                .map(Member::userId).collect(Collectors.toSet());
        long firstVersion = version(ids, "pranee", automotiveCouncil, "v0.1");
        long secondVersion = version(ids, "pranee", automotiveCouncil, "v0.2");

        // Past meetings are called for tomorrow, given their agenda, then dated back (see tookPlace).
        long workingGroup = create(ids, "pranee", automotiveCouncil, MeetingKind.WORKING_GROUP,
                "1st working group on electrification", at(1, 9, 30, BANGKOK), 150,
                "Automotive Industry Institute, meeting room 2", null, firstVersion, automotive);
        long opening = item(ids, workingGroup, "Opening and adoption of the agenda", 10, "Dr. Somchai Wongsakul",
                AgendaPurpose.INFORMATION, null);
        long evItem = item(ids, workingGroup, "Electric vehicle strategy", 60, "Kittisak Boonmee",
                AgendaPurpose.DECISION, new AgendaLink(AgendaLinkKind.SECTION, ev));
        long skillsItem = item(ids, workingGroup, "Skills and training", 45, "Assoc. Prof. Arunee Kaewkla",
                AgendaPurpose.DISCUSSION, new AgendaLink(AgendaLinkKind.SECTION, skills));
        papers.draftChapter(ids, "pranee", evItem, ev, "draft-chapter-electric-vehicles", true);
        tookPlace(ids, workingGroup, at(-75, 9, 30, BANGKOK));
        attendance(ids, workingGroup, List.of("somchai", "chaiwat", "kittisak", "wichai", "arunee", "supaporn"));
        notes(ids, workingGroup, opening, "The agenda was adopted without changes.");
        notes(ids, workingGroup, evItem, "Members discussed charging along the highways and what happens to "
                + "batteries at the end of their life.");
        as(ids, "pranee", () -> minutes.addDecision(evItem, "Battery recycling obligations are added to the "
                + "electric vehicle strategy.", new AgendaLink(AgendaLinkKind.SECTION, ev)));
        long recycling = action(ids, evItem, "Draft the battery recycling paragraph", "kittisak", -60);
        long survey = action(ids, skillsItem, "Survey parts suppliers on retooling costs for EV components",
                "wichai", -20);
        as(ids, "somchai", () -> minutes.approve(workingGroup));
        as(ids, "pranee", () -> minutes.publishSummary(workingGroup, "The working group added battery recycling to "
                + "the electric vehicle strategy and asked the parts makers for retooling costs."));
        as(ids, "pranee", () -> minutes.publishFull(workingGroup));
        as(ids, "kittisak", () -> minutes.setActionStatus(recycling, ActionStatus.DONE, 0));
        if (survey <= 0) {
            throw new IllegalStateException("Action item not recorded");
        }

        long plenary = create(ids, "pranee", automotiveCouncil, MeetingKind.PLENARY, "2nd plenary",
                at(1, 13, 30, BANGKOK), 180,
                "Ministry of Industry, Rama VI Road, conference hall", null, secondVersion, automotive);
        long report = item(ids, plenary, "Report of the working group", 20, "Pranee Chaiyaporn",
                AgendaPurpose.INFORMATION, null);
        long standardsItem = item(ids, plenary, "Standards and testing", 40, "Nattaya Rattanakorn",
                AgendaPurpose.DISCUSSION, new AgendaLink(AgendaLinkKind.SECTION, standards));
        long skillsPlenary = item(ids, plenary, "Skills targets", 40, null, AgendaPurpose.DECISION,
                new AgendaLink(AgendaLinkKind.SECTION, skills));
        papers.briefingNote(ids, "pranee", report, "en", "Briefing note: report of the 1st working group",
                "briefing-note-working-group", List.of("The working group on electrification met once. It added "
                        + "battery recycling obligations to the electric vehicle strategy and asked the parts makers "
                        + "for their retooling costs.", "The plenary is invited to take note of the report."));
        papers.draftChapter(ids, "pranee", standardsItem, standards, "draft-chapter-standards", false);
        tookPlace(ids, plenary, at(-30, 13, 30, BANGKOK));
        attendance(ids, plenary, List.of("somchai", "chaiwat", "kittisak", "nattaya", "siriporn", "wichai",
                "tanaka", "arunee", "prasert", "malee"));
        as(ids, "pranee", () -> minutes.addDecision(skillsPlenary, "The target of 25,000 technicians is kept; a "
                + "share for women is to be proposed.", new AgendaLink(AgendaLinkKind.SECTION, skills)));
        long wp29 = action(ids, standardsItem, "Confirm the WP.29 reference with the standards institute",
                "nattaya", 5);
        action(ids, skillsPlenary, "Propose a share of women among new technicians", "arunee", -10);
        as(ids, "somchai", () -> minutes.approve(plenary));
        as(ids, "pranee", () -> minutes.publishSummary(plenary, "The plenary kept the skills target and asked for a "
                + "precise reference to the UN vehicle regulations. Full minutes follow after the members' review."));
        as(ids, "nattaya", () -> minutes.setActionStatus(wp29, ActionStatus.IN_PROGRESS, 0));

        long third = create(ids, "pranee", automotiveCouncil, MeetingKind.PLENARY, "3rd plenary",
                at(12, 9, 30, BANGKOK), 180, "Ministry of Industry, Rama VI Road, conference hall",
                "https://meet.example.org/automotive-3rd-plenary", secondVersion, automotive);
        long thirdOpening = item(ids, third, "Opening and adoption of the agenda", 10, "Dr. Somchai Wongsakul",
                AgendaPurpose.INFORMATION, null);
        papers.briefingNote(ids, "pranee", thirdOpening, "th", "บันทึกสรุปสำหรับการประชุมใหญ่ครั้งที่ 3",
                "briefing-note-3rd-plenary", List.of("ฝ่ายเลขานุการสรุปความคืบหน้าของร่างแผนแม่บทอุตสาหกรรมยานยนต์ "
                        + "ฉบับ v0.2 และประเด็นที่ยังต้องพิจารณา", "ขอให้ที่ประชุมรับรองระเบียบวาระการประชุม"));
        for (AgendaSuggestion s : as(ids, "pranee", () -> agendas.suggestions(third))) {
            as(ids, "pranee", () -> agendas.addSuggestion(third, s));
        }
        item(ids, third, "Any other business", 15, null, AgendaPurpose.INFORMATION, null);
        as(ids, "pranee", () -> agendas.publish(third));
        answer(ids, "kittisak", third, InvitationResponse.ATTENDING, null);
        answer(ids, "tanaka", third, InvitationResponse.REPRESENTATIVE, "Yamada Kenta, Siam Motor Assembly");
        answer(ids, "supaporn", third, InvitationResponse.NOT_ATTENDING, null);

        create(ids, "pranee", automotiveCouncil, MeetingKind.WORKING_GROUP, "Working group on the supplier transition",
                at(21, 14, 0, BANGKOK), 120, null, "https://meet.example.org/supplier-transition", secondVersion,
                automotive);

        Set<Long> manufacturing = as(ids, "sato", () -> meetings.inviteCandidates(subcommittee)).stream()
                .map(Member::userId).collect(Collectors.toSet());
        long japanese = create(ids, "sato", subcommittee, MeetingKind.SUBCOMMITTEE, "第5回 製造業競争力強化小委員会",
                at(9, 10, 0, TOKYO), 120, "経済産業省 本館17階 第1特別会議室", null,
                version(ids, "sato", subcommittee, "v0.1"), manufacturing);
        long gx = item(ids, "sato", japanese, "GX投資の促進策について", 40, "佐藤 由紀", AgendaPurpose.DISCUSSION, null);
        papers.briefingNote(ids, "sato", gx, "ja", "資料1 GX投資の促進策について（事務局説明資料）", "shiryo-1-gx",
                List.of("GX（グリーントランスフォーメーション）投資の現状と、製造業における促進策の方向性を説明する。",
                        "本日は、支援策の対象と規模について委員の意見を伺いたい。"));
        item(ids, "sato", japanese, "基本方針（案）の審議", 60, null, AgendaPurpose.DECISION, null);
        as(ids, "sato", () -> agendas.publish(japanese));
    }

    private OffsetDateTime at(int days, int hour, int minute, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).plusDays(days).atTime(LocalTime.of(hour, minute)).atZone(zone)
                .toOffsetDateTime();
    }

    private long create(Map<String, Long> ids, String who, long councilId, MeetingKind kind, String title,
                        OffsetDateTime start, int minutesLong, String place, String link, long versionId,
                        Set<Long> invited) {
        return as(ids, who, () -> meetings.createMeeting(councilId, new NewMeeting(kind, title, start,
                start.plusMinutes(minutesLong), place, link, versionId, invited)));
    }

    /**
     * Dates a meeting whose agenda was just built back to when it took place. A meeting that is over has a
     * read-only agenda, so the seed builds a past meeting's agenda as the secretariat did, before the meeting.
     */
    private void tookPlace(Map<String, Long> ids, long meetingId, OffsetDateTime start) {
        Meeting m = as(ids, "pranee", () -> meetings.meeting(meetingId));
        Set<Long> invited = as(ids, "pranee", () -> meetings.invitees(meetingId)).stream().map(Invitee::userId)
                .collect(Collectors.toSet());
        as(ids, "pranee", () -> meetings.updateMeeting(meetingId, new NewMeeting(m.kind(), m.title(), start,
                start.plusMinutes(m.durationMinutes()), m.place(), m.onlineLink(), m.planVersionId(), invited),
                m.version()));
    }

    private long version(Map<String, Long> ids, String who, long councilId, String labelStart) {
        return as(ids, who, () -> meetings.versionChoices(councilId)).stream()
                .filter(v -> v.label().contains(" · " + labelStart)).findFirst().orElseThrow().id();
    }

    private long item(Map<String, Long> ids, long meetingId, String title, int length, String presenter,
                      AgendaPurpose purpose, AgendaLink link) {
        return item(ids, "pranee", meetingId, title, length, presenter, purpose, link);
    }

    private long item(Map<String, Long> ids, String who, long meetingId, String title, int length, String presenter,
                      AgendaPurpose purpose, AgendaLink link) {
        return as(ids, who, () -> agendas.addItem(meetingId, new NewAgendaItem(title, length, presenter, purpose, link)));
    }

    private void notes(Map<String, Long> ids, long meetingId, long itemId, String text) {
        AgendaItem item = as(ids, "pranee", () -> agendas.agenda(meetingId)).items().stream()
                .filter(i -> i.id() == itemId).findFirst().orElseThrow();
        as(ids, "pranee", () -> minutes.saveNotes(itemId, text, item.version()));
    }

    private long action(Map<String, Long> ids, long itemId, String text, String owner, int dueInDays) {
        return as(ids, "pranee", () -> minutes.addActionItem(itemId, new NewActionItem(text, ids.get(owner),
                LocalDate.now(clock).plusDays(dueInDays))));
    }

    private void attendance(Map<String, Long> ids, long meetingId, List<String> present) {
        for (String who : present) {
            as(ids, "pranee", () -> meetings.recordAttendance(meetingId, ids.get(who), true));
        }
    }

    private void answer(Map<String, Long> ids, String who, long meetingId, InvitationResponse response,
                        String representative) {
        as(ids, who, () -> meetings.respond(meetingId, response, representative));
    }

    private static <T> T as(Map<String, Long> ids, String username, Supplier<T> action) {
        return RunAs.user(ids.get(username), username, false, action);
    }

    private static void as(Map<String, Long> ids, String username, Runnable action) {
        RunAs.user(ids.get(username), username, false, action);
    }
}
