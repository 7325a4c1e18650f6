package org.councilworkspace.notification;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.NOTIFICATION;
import static org.councilworkspace.db.Tables.NOTIFICATION_SETTING;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** What is waiting to go out by e-mail, and who wants it how. */
@Repository
class EmailRepository {

    /** A notification to e-mail, with what is needed to write it in the recipient's language. */
    record Pending(long id, long userId, String email, String displayName, String locale, String messageKey,
                   String argsJson, String link, OffsetDateTime createdAt) {
    }

    private final DSLContext db;

    EmailRepository(DSLContext db) {
        this.db = db;
    }

    EmailMode mode(long userId) {
        return db.select(NOTIFICATION_SETTING.EMAIL_MODE).from(NOTIFICATION_SETTING)
                .where(NOTIFICATION_SETTING.USER_ID.eq(userId))
                .fetchOptional(r -> EmailMode.valueOf(r.value1())).orElse(EmailMode.IMMEDIATE);
    }

    void setMode(long userId, EmailMode mode) {
        int updated = db.update(NOTIFICATION_SETTING).set(NOTIFICATION_SETTING.EMAIL_MODE, mode.name())
                .where(NOTIFICATION_SETTING.USER_ID.eq(userId)).execute();
        if (updated == 0) {
            db.insertInto(NOTIFICATION_SETTING).set(NOTIFICATION_SETTING.USER_ID, userId)
                    .set(NOTIFICATION_SETTING.EMAIL_MODE, mode.name()).execute();
        }
    }

    /** Not yet e-mailed notifications of people who want each at once, created since {@code since}. */
    List<Pending> immediate(OffsetDateTime since, int limit) {
        return pending(mode().eq(EmailMode.IMMEDIATE.name()).and(NOTIFICATION.CREATED_AT.ge(since)), limit);
    }

    /** People who want a daily summary, have something new, and had their last one a day or more ago. */
    List<Long> digestDue(OffsetDateTime dayAgo) {
        return db.selectDistinct(NOTIFICATION.USER_ID).from(NOTIFICATION)
                .join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION.USER_ID))
                .join(NOTIFICATION_SETTING).on(NOTIFICATION_SETTING.USER_ID.eq(NOTIFICATION.USER_ID))
                .where(NOTIFICATION_SETTING.EMAIL_MODE.eq(EmailMode.DAILY.name())
                        .and(NOTIFICATION.EMAILED_AT.isNull()).and(APP_USER.ACTIVE.isTrue())
                        .and(NOTIFICATION.CREATED_AT.ge(dayAgo.minusDays(1)))
                        .and(NOTIFICATION_SETTING.LAST_DIGEST_AT.isNull()
                                .or(NOTIFICATION_SETTING.LAST_DIGEST_AT.le(dayAgo))))
                .fetch(NOTIFICATION.USER_ID);
    }

    /** One person's waiting notifications for a summary, oldest first (at most two days' worth). */
    List<Pending> forDigest(long userId, OffsetDateTime since, int limit) {
        return pending(NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.CREATED_AT.ge(since)), limit);
    }

    /** Claims a notification for sending; false if another node or run already did. */
    boolean claim(long notificationId, OffsetDateTime now) {
        return db.update(NOTIFICATION).set(NOTIFICATION.EMAILED_AT, now)
                .where(NOTIFICATION.ID.eq(notificationId).and(NOTIFICATION.EMAILED_AT.isNull())).execute() == 1;
    }

    /** Sending failed: let a later run try again. */
    void release(long notificationId) {
        db.update(NOTIFICATION).setNull(NOTIFICATION.EMAILED_AT).where(NOTIFICATION.ID.eq(notificationId)).execute();
    }

    void digestSent(long userId, OffsetDateTime now) {
        db.update(NOTIFICATION_SETTING).set(NOTIFICATION_SETTING.LAST_DIGEST_AT, now)
                .where(NOTIFICATION_SETTING.USER_ID.eq(userId)).execute();
    }

    private List<Pending> pending(Condition where, int limit) {
        return db.select(NOTIFICATION.ID, NOTIFICATION.USER_ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LOCALE,
                        NOTIFICATION.MESSAGE_KEY, NOTIFICATION.ARGS, NOTIFICATION.LINK, NOTIFICATION.CREATED_AT)
                .from(NOTIFICATION)
                .join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION.USER_ID))
                .leftJoin(NOTIFICATION_SETTING).on(NOTIFICATION_SETTING.USER_ID.eq(NOTIFICATION.USER_ID))
                .where(where.and(NOTIFICATION.EMAILED_AT.isNull()).and(APP_USER.ACTIVE.isTrue()))
                .orderBy(NOTIFICATION.ID)
                .limit(limit)
                .fetch(r -> new Pending(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    /** A person's mode; no row means the default, IMMEDIATE. */
    private static Field<String> mode() {
        return DSL.coalesce(NOTIFICATION_SETTING.EMAIL_MODE, DSL.inline(EmailMode.IMMEDIATE.name()));
    }
}
