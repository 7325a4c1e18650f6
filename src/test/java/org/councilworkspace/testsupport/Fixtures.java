package org.councilworkspace.testsupport;

import static org.councilworkspace.db.Tables.APP_USER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.councilworkspace.council.CouncilKind;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.CouncilSettings;
import org.councilworkspace.council.NewMembership;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.security.AccessMemo;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds people and councils for tests. Accounts are inserted directly (tests of the account service
 * cover creation); councils and memberships go through the services, as the administrator and managers.
 */

public class Fixtures {

    public static final String PASSWORD = "a long test password 2027";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;
    private final CouncilService councils;
    private final String passwordHash;

    public Fixtures(DSLContext db, CouncilService councils, PasswordEncoder encoder) {
        this.db = db;
        this.councils = councils;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    public TestUser user(String prefix) {
        return insertUser(unique(prefix), false);
    }

    public TestUser admin() {
        return insertUser(unique("admin"), true);
    }

    public void deactivate(TestUser user) {
        AccessMemo.forget();
        db.update(APP_USER).set(APP_USER.ACTIVE, false).where(APP_USER.ID.eq(user.id())).execute();
    }

    /** A council with the given person as its secretariat. */
    public long council(TestUser admin, TestUser secretariat) {
        CouncilSettings d = CouncilSettings.defaultsFor(CouncilKind.DELIBERATION_COUNCIL, LocalDate.now().minusDays(30));
        CouncilSettings settings = new CouncilSettings(unique("Council"), d.kind(), "Test mandate", null,
                d.termStart(), d.termEnd(), d.consensusRule(), d.majorityPercent(), d.quorumPercent(), d.membersMayEdit());
        return AsUser.call(admin, () -> councils.createCouncil(settings, membership(secretariat, CouncilRole.SECRETARIAT)));
    }

    /**
     * Adds a member as the given manager; chairs and vice-chairs are appointed by a platform administrator instead,
     * since the role ceiling lets no secretariat grant them.
     */
    public long addMember(long councilId, TestUser manager, TestUser person, CouncilRole role) {
        TestUser granter = role == CouncilRole.CHAIR || role == CouncilRole.VICE_CHAIR ? appointer() : manager;
        return AsUser.call(granter, () -> councils.addMember(councilId, membership(person, role)));
    }

    /** Ends a membership as a platform administrator, who may end any (except the last chair's). */
    public void endMembership(long councilId, long membershipId) {
        AsUser.run(appointer(), () -> councils.endMembership(councilId, membershipId, 0));
    }

    private TestUser appointer() {
        return admin();
    }

    public static NewMembership membership(TestUser person, CouncilRole role) {
        return new NewMembership(person.id(), role, StakeholderGroup.EXPERT, "Test Institute", OrganizationType.ACADEMIA);
    }

    private TestUser insertUser(String username, boolean admin) {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, "Test " + username)
                .set(APP_USER.EMAIL, username + "@example.org")
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PLATFORM_ADMIN, admin)
                .set(APP_USER.ACTIVE, true)
                .set(APP_USER.CREATED_AT, OffsetDateTime.now())
                .returningResult(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        return new TestUser(id, username, admin);
    }
}
