package org.councilworkspace.account;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.USER_INVITATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.db.tables.records.AppUserRecord;
import org.councilworkspace.db.tables.records.UserInvitationRecord;
import org.councilworkspace.base.SearchText;
import org.councilworkspace.security.AccessMemo;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    boolean usernameTaken(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    long insert(NewUser user, OffsetDateTime now) {
        AccessMemo.forget();
        return db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, user.username())
                .set(APP_USER.DISPLAY_NAME, user.displayName())
                .set(APP_USER.EMAIL, user.email())
                .set(APP_USER.LOCALE, user.locale())
                .set(APP_USER.PLATFORM_ADMIN, user.platformAdmin())
                .set(APP_USER.ACTIVE, true)
                .set(APP_USER.CREATED_AT, now)
                .returningResult(APP_USER.ID)
                .fetchOne(APP_USER.ID);
    }

    /** Accounts with this e-mail address, compared without case (addresses are not unique among accounts). */
    List<UserAccount> withEmail(String email) {
        return db.selectFrom(APP_USER).where(DSL.lower(APP_USER.EMAIL).eq(email.toLowerCase(java.util.Locale.ROOT)))
                .orderBy(APP_USER.ID).fetch(UserRepository::toAccount);
    }

    Optional<UserAccount> find(long id) {
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(UserRepository::toAccount);
    }

    Optional<String> passwordHash(long id) {
        return db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(APP_USER.PASSWORD_HASH);
    }

    List<UserAccount> page(String filter, int offset, int limit) {
        return db.selectFrom(APP_USER)
                .where(matching(filter))
                .orderBy(APP_USER.USERNAME)
                .offset(offset)
                .limit(limit)
                .fetch(UserRepository::toAccount);
    }

    int count(String filter) {
        return db.fetchCount(APP_USER, matching(filter));
    }

    /** Sets active only if nobody changed the account since it was read. */
    boolean setActive(long id, boolean active, int expectedVersion) {
        AccessMemo.forget();
        return db.update(APP_USER)
                .set(APP_USER.ACTIVE, active)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    void setPassword(long id, String hash, OffsetDateTime now) {
        AccessMemo.forget();
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.PASSWORD_CHANGED_AT, now)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    boolean updateProfile(long id, String displayName, String email, String locale, int expectedVersion) {
        AccessMemo.forget();
        return db.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.LOCALE, locale)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    String locale(long id) {
        return db.select(APP_USER.LOCALE).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(APP_USER.LOCALE).orElse("en");
    }

    void insertInvitation(long userId, String tokenHash, long createdBy, OffsetDateTime now, OffsetDateTime expiresAt) {
        // A new link replaces any earlier unused one.
        db.update(USER_INVITATION)
                .set(USER_INVITATION.EXPIRES_AT, now)
                .where(USER_INVITATION.USER_ID.eq(userId).and(USER_INVITATION.USED_AT.isNull())
                        .and(USER_INVITATION.EXPIRES_AT.gt(now)))
                .execute();
        db.insertInto(USER_INVITATION)
                .set(USER_INVITATION.USER_ID, userId)
                .set(USER_INVITATION.TOKEN_HASH, tokenHash)
                .set(USER_INVITATION.CREATED_BY, createdBy)
                .set(USER_INVITATION.CREATED_AT, now)
                .set(USER_INVITATION.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** The invitation with this token hash, locked so two tabs cannot both use it. */
    Optional<UserInvitationRecord> lockInvitation(String tokenHash) {
        return db.selectFrom(USER_INVITATION).where(USER_INVITATION.TOKEN_HASH.eq(tokenHash)).forUpdate().fetchOptional();
    }

    Optional<UserInvitationRecord> findInvitation(String tokenHash) {
        return db.selectFrom(USER_INVITATION).where(USER_INVITATION.TOKEN_HASH.eq(tokenHash)).fetchOptional();
    }

    /** Revokes the user's unused, unexpired links; returns how many there were. */
    int revokeOutstanding(long userId, long revokedBy, OffsetDateTime now) {
        return db.update(USER_INVITATION)
                .set(USER_INVITATION.REVOKED_AT, now)
                .set(USER_INVITATION.REVOKED_BY, revokedBy)
                .where(USER_INVITATION.USER_ID.eq(userId).and(outstanding(now)))
                .execute();
    }

    Optional<OffsetDateTime> outstandingInvitationExpiry(long userId, OffsetDateTime now) {
        return db.select(DSL.max(USER_INVITATION.EXPIRES_AT)).from(USER_INVITATION)
                .where(USER_INVITATION.USER_ID.eq(userId).and(outstanding(now)))
                .fetchOptional(0, OffsetDateTime.class);
    }

    /** A link that can still be used: not used, not revoked, not expired. */
    static boolean usable(UserInvitationRecord invitation, OffsetDateTime now) {
        return invitation.getUsedAt() == null && invitation.getRevokedAt() == null && invitation.getExpiresAt().isAfter(now);
    }

    private static Condition outstanding(OffsetDateTime now) {
        return USER_INVITATION.USED_AT.isNull().and(USER_INVITATION.REVOKED_AT.isNull())
                .and(USER_INVITATION.EXPIRES_AT.gt(now));
    }

    void markUsed(long invitationId, OffsetDateTime now) {
        db.update(USER_INVITATION).set(USER_INVITATION.USED_AT, now).where(USER_INVITATION.ID.eq(invitationId)).execute();
    }

    private static Condition matching(String filter) {
        if (filter == null || filter.isBlank()) {
            return DSL.trueCondition();
        }
        String pattern = SearchText.containsPattern(filter);
        return DSL.lower(APP_USER.USERNAME).like(pattern, SearchText.ESCAPE)
                .or(DSL.lower(APP_USER.DISPLAY_NAME).like(pattern, SearchText.ESCAPE))
                .or(DSL.lower(APP_USER.EMAIL).like(pattern, SearchText.ESCAPE));
    }

    static UserAccount toAccount(AppUserRecord r) {
        return new UserAccount(r.getId(), r.getUsername(), r.getDisplayName(), r.getEmail(), r.getLocale(),
                r.getPlatformAdmin(), r.getActive(), r.getPasswordHash() != null, r.getCreatedAt(), r.getVersion());
    }
}
