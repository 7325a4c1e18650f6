package org.councilworkspace.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.Application;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Position;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.EmbeddedPostgresConfig;
import org.councilworkspace.testsupport.TestUser;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real upgrade path: a database built by the migrations of commit bf8215c (V001 to V003 as they first landed,
 * before V004 to V008 existed, with data in it) is found by today's app. Its V003 checksum is the first one, so
 * Flyway refuses it until the documented one-time repair has run; after the repair the app starts on it, migrates
 * it to today's schema and reads the old rows through its services. On H2 and on PostgreSQL, with the same
 * fixture and the same repair script.
 */
class UpgradeTest {

    static final Path REPAIR = Path.of("docs", "operations", "repair-v003.sql");

    /** A database to upgrade: its address, user, how to find an index by name, and the app's settings for it. */
    record Target(String url, String user, String indexQuery, String... appArguments) {
    }

    @TempDir Path folder;

    @Test
    void an_h2_database_from_before_the_v003_edit_is_repaired_migrated_and_read_back_by_todays_app() throws Exception {
        upgrade(new Target("jdbc:h2:file:" + folder.resolve("council").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "sa", "select count(*) from information_schema.indexes where index_name = 'IX_MEMBERSHIP_USER_COUNCIL'"));
    }

    @Test
    void a_postgresql_database_from_before_the_v003_edit_is_repaired_migrated_and_read_back_by_todays_app()
            throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresConfig.postgres();
        String name = "upgrade_" + System.nanoTime();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        upgrade(new Target(postgres.getJdbcUrl("postgres", name), "postgres",
                "select count(*) from pg_indexes where indexname = 'ix_membership_user_council'",
                "--spring.jooq.sql-dialect=POSTGRES"));
    }

    private static void upgrade(Target db) throws Exception {
        Flyway.configure().dataSource(db.url(), db.user(), "").locations("classpath:upgrade/bf8215c").load().migrate();
        runScript(db, resource("/upgrade/bf8215c-data.sql"));
        assertThat(id(db, "select count(*) from app_user")).as("the fixture's people").isEqualTo(3);

        ValidateResult before = pendingAllowed(db).validateWithResult();
        assertThat(before.validationSuccessful).as("the edited V003 no longer matches the database").isFalse();
        assertThat(before.invalidMigrations).extracting(m -> m.version).containsExactly("003");
        assertThat(before.getAllErrorMessages()).contains("checksum mismatch");

        runScript(db, Files.readString(REPAIR));
        assertThat(pendingAllowed(db).validateWithResult().validationSuccessful)
                .as("after the repair only pending migrations are left").isTrue();
        assertThat(id(db, db.indexQuery())).as("the index the edit added").isEqualTo(1);

        try (ConfigurableApplicationContext app = start(db)) {
            assertThat(todaysFlyway(db).info().pending()).as("every migration of today applied").isEmpty();
            assertOldRowsReadBack(app, db);
        }
        runScript(db, Files.readString(REPAIR));
        assertThat(todaysFlyway(db).validateWithResult().validationSuccessful)
                .as("running the repair again changes nothing").isTrue();
    }

    private static void assertOldRowsReadBack(ConfigurableApplicationContext app, Target db) throws SQLException {
        TestUser pranee = new TestUser(id(db, "select id from app_user where username = 'pranee'"), "pranee", false);
        long councilId = id(db, "select id from council");
        long planId = id(db, "select id from master_plan");
        long sectionId = id(db, "select id from plan_section");
        List<Member> members = AsUser.call(pranee, () -> app.getBean(CouncilService.class).members(councilId, false, 0, 10));
        assertThat(members).extracting(Member::username, Member::role).containsExactlyInAnyOrder(
                tuple("pranee", CouncilRole.SECRETARIAT),
                tuple("somchai", CouncilRole.CHAIR),
                tuple("anan", CouncilRole.MEMBER));
        assertThat(AsUser.call(pranee, () -> app.getBean(PlanService.class).plan(planId)).title())
                .isEqualTo("Clean Mobility Master Plan 2027-2031");
        assertThat(AsUser.call(pranee, () -> app.getBean(DraftingService.class).section(sectionId)).text())
                .isEqualTo("A regional hub for clean vehicles by 2031.");
        List<Position> positions = AsUser.call(pranee,
                () -> app.getBean(ConsensusService.class).positions(planId, sectionId));
        assertThat(positions).extracting(Position::stance, Position::stale).containsExactly(
                tuple(Stance.AGREE, false));
    }

    private static ConfigurableApplicationContext start(Target db) {
        // Arguments, not builder properties: they win over application.properties.
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=",
                "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--council.consultation.schedule-enabled=false", "--vaadin.launch-browser=false",
                // In memory: the default index folder may be held by an app another test JVM started.
                "--council.search.index-dir="));
        arguments.addAll(List.of(db.appArguments()));
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
                .run(arguments.toArray(String[]::new));
    }

    /** Today's migrations, checked against the database as far as it has come (V004 and later still to run). */
    private static Flyway pendingAllowed(Target db) {
        return Flyway.configure().dataSource(db.url(), db.user(), "").locations("classpath:db/migration")
                .ignoreMigrationPatterns("*:pending").load();
    }

    private static Flyway todaysFlyway(Target db) {
        return Flyway.configure().dataSource(db.url(), db.user(), "").locations("classpath:db/migration").load();
    }

    private static void runScript(Target db, String script) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), ""); Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static long id(Target db, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), "");
             var result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UpgradeTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
