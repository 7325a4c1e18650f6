package org.councilworkspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
 * it to today's schema and reads the old rows through its services.
 */
class UpgradeTest {

    static final Path REPAIR = Path.of("docs", "operations", "repair-v003.sql");

    @TempDir Path folder;

    @Test
    void a_database_from_before_the_v003_edit_is_repaired_migrated_and_read_back_by_todays_app() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("council").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:upgrade/bf8215c").load().migrate();
        runScript(url, resource("/upgrade/bf8215c-data.sql"));
        assertThat(id(url, "select count(*) from app_user")).as("the fixture's people").isEqualTo(3);

        ValidateResult before = pendingAllowed(url).validateWithResult();
        assertThat(before.validationSuccessful).as("the edited V003 no longer matches the database").isFalse();
        assertThat(before.invalidMigrations).extracting(m -> m.version).containsExactly("003");
        assertThat(before.getAllErrorMessages()).contains("checksum mismatch");

        runScript(url, Files.readString(REPAIR));
        assertThat(pendingAllowed(url).validateWithResult().validationSuccessful)
                .as("after the repair only pending migrations are left").isTrue();
        assertThat(indexExists(url, "IX_MEMBERSHIP_USER_COUNCIL")).as("the index the edit added").isTrue();

        try (ConfigurableApplicationContext app = start(url)) {
            assertThat(todaysFlyway(url).info().current().getVersion().getVersion()).isEqualTo("008");
            assertOldRowsReadBack(app, url);
        }
        runScript(url, Files.readString(REPAIR));
        assertThat(todaysFlyway(url).validateWithResult().validationSuccessful)
                .as("running the repair again changes nothing").isTrue();
    }

    private static void assertOldRowsReadBack(ConfigurableApplicationContext app, String url) throws SQLException {
        TestUser pranee = new TestUser(id(url, "select id from app_user where username = 'pranee'"), "pranee", false);
        long councilId = id(url, "select id from council");
        long planId = id(url, "select id from master_plan");
        long sectionId = id(url, "select id from plan_section");
        List<Member> members = AsUser.call(pranee, () -> app.getBean(CouncilService.class).members(councilId, false, 0, 10));
        assertThat(members).extracting(Member::username, Member::role).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("pranee", CouncilRole.SECRETARIAT),
                org.assertj.core.groups.Tuple.tuple("somchai", CouncilRole.CHAIR),
                org.assertj.core.groups.Tuple.tuple("anan", CouncilRole.MEMBER));
        assertThat(AsUser.call(pranee, () -> app.getBean(PlanService.class).plan(planId)).title())
                .isEqualTo("Clean Mobility Master Plan 2027-2031");
        assertThat(AsUser.call(pranee, () -> app.getBean(DraftingService.class).section(sectionId)).text())
                .isEqualTo("A regional hub for clean vehicles by 2031.");
        List<Position> positions = AsUser.call(pranee,
                () -> app.getBean(ConsensusService.class).positions(planId, sectionId));
        assertThat(positions).extracting(Position::stance, Position::stale).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stance.AGREE, false));
    }

    private static ConfigurableApplicationContext start(String url) {
        // Arguments, not builder properties: they win over application.properties.
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                        "--spring.datasource.password=", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--council.consultation.schedule-enabled=false", "--vaadin.launch-browser=false");
    }

    /** Today's migrations, checked against the database as far as it has come (V004 and later still to run). */
    private static Flyway pendingAllowed(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .ignoreMigrationPatterns("*:pending").load();
    }

    private static Flyway todaysFlyway(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
    }

    private static void runScript(String url, String script) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static boolean indexExists(String url, String name) throws SQLException {
        return id(url, "select count(*) from information_schema.indexes where index_name = '" + name + "'") > 0;
    }

    private static long id(String url, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
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
