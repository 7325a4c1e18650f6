package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.ACTION_ITEM;
import static org.councilworkspace.db.Tables.AGENDA_ITEM;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MEETING;
import static org.councilworkspace.db.Tables.MEETING_SERIES;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.db.tables.records.MeetingSeriesRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class SeriesRepository {

    private final DSLContext db;

    SeriesRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long councilId, NewSeries s, long createdBy, OffsetDateTime now) {
        AgendaTemplate t = s.template();
        return db.insertInto(MEETING_SERIES)
                .set(MEETING_SERIES.COUNCIL_ID, councilId)
                .set(MEETING_SERIES.TITLE, s.title())
                .set(MEETING_SERIES.KIND, s.kind().name())
                .set(MEETING_SERIES.RRULE, s.rrule())
                .set(MEETING_SERIES.FIRST_DATE, s.firstDate())
                .set(MEETING_SERIES.START_TIME, s.startTime())
                .set(MEETING_SERIES.DURATION_MINUTES, s.durationMinutes())
                .set(MEETING_SERIES.TIME_ZONE, s.zone().getId())
                .set(MEETING_SERIES.PLACE, s.place())
                .set(MEETING_SERIES.ONLINE_LINK, s.onlineLink())
                .set(MEETING_SERIES.TEMPLATE_BUILTIN, t == null || t.builtin() == null ? null : t.builtin().name())
                .set(MEETING_SERIES.TEMPLATE_ID, t == null || t.builtin() != null ? null : t.id())
                .set(MEETING_SERIES.CREATED_BY, createdBy)
                .set(MEETING_SERIES.CREATED_AT, now)
                .returningResult(MEETING_SERIES.ID)
                .fetchOne(MEETING_SERIES.ID);
    }

    Optional<MeetingSeries> find(long seriesId) {
        return db.selectFrom(MEETING_SERIES).where(MEETING_SERIES.ID.eq(seriesId))
                .fetchOptional(SeriesRepository::toSeries);
    }

    List<MeetingSeries> ofCouncil(long councilId) {
        return db.selectFrom(MEETING_SERIES).where(MEETING_SERIES.COUNCIL_ID.eq(councilId))
                .orderBy(MEETING_SERIES.TITLE, MEETING_SERIES.ID).fetch(SeriesRepository::toSeries);
    }

    /** The series of every council the person currently belongs to, for their calendar feed. */
    List<MeetingSeries> forCalendar(long userId, LocalDate today) {
        var councils = DSL.select(MEMBERSHIP.COUNCIL_ID).from(MEMBERSHIP)
                .where(MEMBERSHIP.USER_ID.eq(userId).and(CurrentMembership.on(today)));
        return db.selectFrom(MEETING_SERIES).where(MEETING_SERIES.COUNCIL_ID.in(councils))
                .orderBy(MEETING_SERIES.ID).limit(200).fetch(SeriesRepository::toSeries);
    }

    void attach(long meetingId, long seriesId, OffsetDateTime occurrence) {
        db.update(MEETING).set(MEETING.SERIES_ID, seriesId).set(MEETING.SERIES_OCCURRENCE, occurrence)
                .where(MEETING.ID.eq(meetingId)).execute();
    }

    /** The occurrences already made into meetings, oldest first. */
    List<OffsetDateTime> occurrences(long seriesId) {
        return db.select(MEETING.SERIES_OCCURRENCE).from(MEETING).where(MEETING.SERIES_ID.eq(seriesId))
                .orderBy(MEETING.SERIES_OCCURRENCE).fetch(MEETING.SERIES_OCCURRENCE);
    }

    /** The occurrences made into meetings, per series, in one query. */
    Map<Long, List<OffsetDateTime>> occurrences(List<Long> seriesIds) {
        return db.select(MEETING.SERIES_ID, MEETING.SERIES_OCCURRENCE).from(MEETING)
                .where(MEETING.SERIES_ID.in(seriesIds)).orderBy(MEETING.SERIES_OCCURRENCE)
                .fetchGroups(MEETING.SERIES_ID, MEETING.SERIES_OCCURRENCE);
    }

    /** Which series each of these meetings belongs to (meetings of no series are left out). */
    Map<Long, Long> seriesOf(List<Long> meetingIds) {
        return db.select(MEETING.ID, MEETING.SERIES_ID).from(MEETING)
                .where(MEETING.ID.in(meetingIds).and(MEETING.SERIES_ID.isNotNull()))
                .fetchMap(MEETING.ID, MEETING.SERIES_ID);
    }

    /** The start of the series' latest meeting before the given occurrence, if it has one. */
    Optional<OffsetDateTime> previousStart(long seriesId, OffsetDateTime occurrence) {
        return db.select(DSL.max(MEETING.STARTS_AT)).from(MEETING)
                .where(MEETING.SERIES_ID.eq(seriesId).and(MEETING.SERIES_OCCURRENCE.lt(occurrence)))
                .fetchOptional(r -> r.value1());
    }

    /** Open action items recorded at the series' meetings other than the given one, oldest first. */
    List<FollowUp> openActions(long seriesId, long exceptMeetingId) {
        return db.select(ACTION_ITEM.ID, ACTION_ITEM.TEXT, APP_USER.DISPLAY_NAME).from(ACTION_ITEM)
                .join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .join(APP_USER).on(APP_USER.ID.eq(ACTION_ITEM.OWNER_ID))
                .where(MEETING.SERIES_ID.eq(seriesId).and(MEETING.ID.ne(exceptMeetingId))
                        .and(ACTION_ITEM.STATUS.in(ActionStatus.OPEN.name(), ActionStatus.IN_PROGRESS.name())))
                .orderBy(ACTION_ITEM.DUE_DATE, ACTION_ITEM.ID)
                .fetch(r -> new FollowUp(FollowUpKind.ACTION_ITEM, r.value1(), r.value2(), r.value3()));
    }

    void insertFollowUp(long meetingId, int position, FollowUp f, int minutes) {
        db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, meetingId)
                .set(AGENDA_ITEM.POSITION, position)
                .set(AGENDA_ITEM.TITLE, f.title().length() > 300 ? f.title().substring(0, 299) + "…" : f.title())
                .set(AGENDA_ITEM.MINUTES_ALLOTTED, minutes)
                .set(AGENDA_ITEM.PRESENTER, f.presenter() == null || f.presenter().length() <= 200 ? f.presenter()
                        : f.presenter().substring(0, 199) + "…")
                .set(AGENDA_ITEM.PURPOSE, AgendaPurpose.DISCUSSION.name())
                .set(AGENDA_ITEM.FOLLOW_UP_KIND, f.kind().name())
                .set(AGENDA_ITEM.FOLLOW_UP_TARGET_ID, f.targetId())
                .set(AGENDA_ITEM.FOLLOW_UP_KEPT, false)
                .execute();
    }

    /** The follow-up items still on the meeting's agenda, by agenda item. */
    Map<Long, FollowUpItem> followUps(long meetingId) {
        return db.select(AGENDA_ITEM.ID, AGENDA_ITEM.FOLLOW_UP_KIND, AGENDA_ITEM.FOLLOW_UP_TARGET_ID,
                        AGENDA_ITEM.FOLLOW_UP_KEPT).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.REMOVED.isFalse())
                        .and(AGENDA_ITEM.FOLLOW_UP_KIND.isNotNull()))
                .fetch(r -> new FollowUpItem(r.value1(), FollowUpKind.valueOf(r.value2()), r.value3(), r.value4()))
                .stream().collect(Collectors.toMap(FollowUpItem::agendaItemId, f -> f));
    }

    /** Marks a proposed follow-up as kept; false when it was decided (or changed) meanwhile. */
    boolean keep(long itemId, int expectedVersion) {
        return db.update(AGENDA_ITEM).set(AGENDA_ITEM.FOLLOW_UP_KEPT, true)
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.VERSION.eq(expectedVersion))
                        .and(AGENDA_ITEM.FOLLOW_UP_KEPT.isFalse()).and(AGENDA_ITEM.REMOVED.isFalse()))
                .execute() == 1;
    }

    /** The agenda items, kept or still proposed, that follow up the action item, with their meetings. */
    List<TrailRow> trail(long actionId) {
        return db.select(MEETING.ID, MEETING.TITLE, MEETING.STARTS_AT, MEETING.MINUTES_STATUS, AGENDA_ITEM.TITLE,
                        AGENDA_ITEM.NOTES)
                .from(AGENDA_ITEM).join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.FOLLOW_UP_KIND.eq(FollowUpKind.ACTION_ITEM.name())
                        .and(AGENDA_ITEM.FOLLOW_UP_TARGET_ID.eq(actionId)).and(AGENDA_ITEM.REMOVED.isFalse()))
                .orderBy(MEETING.STARTS_AT, MEETING.ID)
                .fetch(r -> new TrailRow(r.value1(), r.value2(), r.value3(), MinutesStatus.valueOf(r.value4()),
                        r.value5(), r.value6()));
    }

    /** An agenda item's title and notes, for the meeting that recorded an action item. */
    Optional<TrailRow> origin(long agendaItemId) {
        return db.select(MEETING.ID, MEETING.TITLE, MEETING.STARTS_AT, MEETING.MINUTES_STATUS, AGENDA_ITEM.TITLE,
                        AGENDA_ITEM.NOTES)
                .from(AGENDA_ITEM).join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.ID.eq(agendaItemId))
                .fetchOptional(r -> new TrailRow(r.value1(), r.value2(), r.value3(), MinutesStatus.valueOf(r.value4()),
                        r.value5(), r.value6()));
    }

    record TrailRow(long meetingId, String meetingTitle, OffsetDateTime startsAt, MinutesStatus minutes,
                    String itemTitle, String notes) {
    }

    private static MeetingSeries toSeries(MeetingSeriesRecord r) {
        AgendaTemplate template = r.getTemplateBuiltin() != null
                ? new AgendaTemplate(null, BuiltinTemplate.valueOf(r.getTemplateBuiltin()), null, List.of(), 0)
                : r.getTemplateId() != null ? new AgendaTemplate(r.getTemplateId(), null, null, List.of(), 0) : null;
        return new MeetingSeries(r.getId(), r.getCouncilId(), r.getTitle(), MeetingKind.valueOf(r.getKind()),
                r.getRrule(), r.getFirstDate(), r.getStartTime(), r.getDurationMinutes(), ZoneId.of(r.getTimeZone()),
                r.getPlace(), r.getOnlineLink(), template, r.getVersion());
    }
}
