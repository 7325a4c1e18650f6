package org.councilworkspace.notification;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.NOTIFICATION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.councilworkspace.db.tables.records.NotificationRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    /** Those of the given accounts that exist and are active. */
    Set<Long> activeAmong(Collection<Long> userIds) {
        return db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ID.in(userIds).and(APP_USER.ACTIVE.isTrue()))
                .fetchSet(APP_USER.ID);
    }

    /** One row per recipient, in a single statement. */
    void insert(Collection<Long> userIds, String kind, String messageKey, String argsJson, String link,
                OffsetDateTime now) {
        var insert = db.insertInto(NOTIFICATION, NOTIFICATION.USER_ID, NOTIFICATION.KIND, NOTIFICATION.MESSAGE_KEY,
                NOTIFICATION.ARGS, NOTIFICATION.LINK, NOTIFICATION.CREATED_AT);
        for (Long userId : userIds) {
            insert = insert.values(userId, kind, messageKey, argsJson, link, now);
        }
        insert.execute();
    }

    int countUnread(long userId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()));
    }

    int count(long userId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId));
    }

    /** Newest first; the id orders notifications created in the same instant. */
    List<NotificationItem> page(long userId, int offset, int limit) {
        return db.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.USER_ID.eq(userId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(NotificationRepository::toItem);
    }

    /** Whether the notification exists and belongs to the person. */
    boolean belongsTo(long id, long userId) {
        return db.fetchExists(NOTIFICATION, NOTIFICATION.ID.eq(id).and(NOTIFICATION.USER_ID.eq(userId)));
    }

    /** Rows changed: 0 when it is not the person's or was read already. */
    int markRead(long id, long userId, OffsetDateTime now) {
        return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.ID.eq(id).and(NOTIFICATION.USER_ID.eq(userId)).and(NOTIFICATION.READ_AT.isNull()))
                .execute();
    }

    int markAllRead(long userId, OffsetDateTime now) {
        return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()))
                .execute();
    }

    private static NotificationItem toItem(NotificationRecord n) {
        return new NotificationItem(n.getId(), n.getKind(), n.getMessageKey(), NotificationArgs.decode(n.getArgs()),
                n.getLink(), n.getCreatedAt(), n.getReadAt() != null);
    }
}
