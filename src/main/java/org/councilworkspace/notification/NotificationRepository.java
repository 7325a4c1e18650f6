package org.councilworkspace.notification;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.NOTIFICATION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilworkspace.db.tables.records.NotificationRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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

    /**
     * A page of the person's notifications grouped by the item they lead to, the group with the newest notification
     * first: two queries (the groups, then their newest rows) whatever the page size.
     */
    List<NotificationGroup> groups(long userId, int offset, int limit) {
        Field<Long> latest = DSL.max(NOTIFICATION.ID).as("latest");
        Field<Integer> total = DSL.count().as("total");
        Field<Integer> unread = DSL.count().filterWhere(NOTIFICATION.READ_AT.isNull()).as("unread");
        var rows = db.select(latest, total, unread).from(NOTIFICATION)
                .where(NOTIFICATION.USER_ID.eq(userId))
                .groupBy(groupKey())
                .orderBy(DSL.max(NOTIFICATION.CREATED_AT).desc(), DSL.max(NOTIFICATION.ID).desc())
                .offset(offset).limit(limit)
                .fetch();
        Map<Long, NotificationItem> items = db.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.ID.in(rows.getValues(latest)))
                .fetchMap(NOTIFICATION.ID, NotificationRepository::toItem);
        return rows.stream().map(r -> new NotificationGroup(items.get(r.get(latest)), r.get(total), r.get(unread)))
                .toList();
    }

    int countGroups(long userId) {
        return db.fetchCount(db.select(groupKey()).from(NOTIFICATION).where(NOTIFICATION.USER_ID.eq(userId))
                .groupBy(groupKey()));
    }

    /** Marks read every unread notification of the person about the same item as the given one; rows changed. */
    int markGroupRead(long id, long userId, OffsetDateTime now) {
        String link = db.select(NOTIFICATION.LINK).from(NOTIFICATION)
                .where(NOTIFICATION.ID.eq(id).and(NOTIFICATION.USER_ID.eq(userId))).fetchOne(NOTIFICATION.LINK);
        if (link == null) {
            return markRead(id, userId, now);
        }
        return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.LINK.eq(link))
                        .and(NOTIFICATION.READ_AT.isNull()))
                .execute();
    }

    /** The item a notification is about: its link, or the notification itself when it leads nowhere. */
    private static Field<String> groupKey() {
        return DSL.coalesce(NOTIFICATION.LINK, DSL.concat(DSL.inline("#"),
                NOTIFICATION.ID.cast(SQLDataType.VARCHAR(20))));
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
