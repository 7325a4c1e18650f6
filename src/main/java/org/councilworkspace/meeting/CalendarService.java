package org.councilworkspace.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.councilworkspace.base.Secrets;

/**
 * Calendar files: one meeting as .ics, and a personal feed of the meetings of every council a person belongs
 * to, reachable without a session by a secret token that its owner can revoke at any time.
 */
@Service
@Transactional
public class CalendarService {

    /** How far back the feed reaches. */
    static final int FEED_DAYS_BACK = 180;


    private final MeetingRepository meetings;
    private final SeriesRepository series;
    private final CalendarTokenRepository tokens;
    private final MeetingAccess access;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarService(MeetingRepository meetings, SeriesRepository series, CalendarTokenRepository tokens, MeetingAccess access, AccessGuard guard,
                    ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.series = series;
        this.tokens = tokens;
        this.access = access;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public String meetingIcs(long meetingId, LongFunction<String> link) {
        Meeting meeting = access.meeting(meetingId, CouncilAction.READ).meeting();
        return Ics.calendar(null, List.of(meeting), OffsetDateTime.now(clock), link);
    }

    /**
     * A new secret token for my calendar feed; any earlier one stops working. The token is shown once: only
     * its hash is kept.
     */
    public String newFeedToken() {
        Actor me = guard.requireActor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        tokens.revokeAll(me.id(), now);
        String token = Secrets.token(32);
        tokens.insert(me.id(), hash(token), now);
        audit(me, "CALENDAR_FEED_CREATED");
        return token;
    }

    public void revokeFeed() {
        Actor me = guard.requireActor();
        if (tokens.revokeAll(me.id(), OffsetDateTime.now(clock)) > 0) {
            audit(me, "CALENDAR_FEED_REVOKED");
        }
    }

    /** When my current feed token was made, if I have one. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> feedCreatedAt() {
        return tokens.activeSince(guard.requireActor().id());
    }

    /**
     * The feed for a token, without a signed-in person: empty for an unknown or revoked token or a deactivated
     * account. Membership is read now, so a person who left a council no longer sees its meetings.
     */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token, LongFunction<String> link) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return tokens.activeOwner(hash(token)).map(userId -> {
            LocalDate today = LocalDate.now(clock);
            List<MeetingSeries> mine = series.forCalendar(userId, today);
            Map<Long, List<OffsetDateTime>> made = mine.isEmpty() ? Map.of()
                    : series.occurrences(mine.stream().map(MeetingSeries::id).toList());
            return Ics.calendar("Council Workspace", meetings.forCalendar(userId, today,
                    now.minusDays(FEED_DAYS_BACK)), now, link, out -> SeriesIcs.append(out, mine, made, now));
        });
    }

    private void audit(Actor me, String action) {
        events.publishEvent(new MeetingChanged(me.id(), me.username(), null, action, "USER", Long.toString(me.id()),
                "personal calendar feed"));
    }

    static String hash(String token) {
        return Secrets.sha256Hex(token);
    }
}
