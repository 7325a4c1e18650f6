package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class RegisterWorkbookTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MutableClock clock;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void the_register_downloads_as_a_workbook_in_the_readers_language_with_the_latest_actual() throws Exception {
        AsUser.call(w.reporter, () -> register.reportActual(w.kpiId,
                RegisterWorld.annual(w.year - 1, w.onPathLastYear().toPlainString())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AsUser.run(w.plan.observer(), () -> {
            try {
                register.writeXlsx(w.plan.planId(), Locale.forLanguageTag("th"), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet measures = book.getSheetAt(0);
            assertThat(measures.getRow(0).getCell(1).getStringCellValue()).isEqualTo("มาตรการ");
            assertThat(measures.getRow(1).getCell(2).getStringCellValue()).isEqualTo(RegisterWorld.MINISTRY);
            Sheet kpis = book.getSheetAt(1);
            assertThat(kpis.getRow(0).getCell(6).getStringCellValue()).isEqualTo("ผลล่าสุด");
            assertThat(kpis.getRow(1).getCell(6).getNumericCellValue())
                    .isEqualTo(w.onPathLastYear().doubleValue());
            assertThat(kpis.getRow(1).getCell(5).getStringCellValue()).startsWith(Integer.toString(w.year - 1));
        }
    }

    @Test
    void someone_outside_the_council_gets_no_workbook() {
        var outsider = fixtures.user("outsider");
        assertThatThrownBy(() -> AsUser.run(outsider, () -> {
            try {
                register.writeXlsx(w.plan.planId(), Locale.ENGLISH, new ByteArrayOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isInstanceOf(AccessDeniedException.class);
    }
}
