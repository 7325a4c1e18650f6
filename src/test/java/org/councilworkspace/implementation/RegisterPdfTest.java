package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PdfReading;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The register's PDF read back as a reader's software would: the names as entered, labels in the council's language. */
@ServiceTest
class RegisterPdfTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MutableClock clock;
    @Autowired PlanService planService;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private byte[] pdf() {
        return AsUser.call(w.plan.observer(), () -> register.registerPdf(w.plan.planId(), ZoneOffset.UTC));
    }

    /** A measure and KPI with names in the council's language, so the file must carry that script. */
    private void measureNamed(String agency, String measure, String kpi) {
        long agencyId = AsUser.call(w.plan.secretariat(), () -> register.addAgency(w.plan.councilId(), agency, null));
        long measureId = AsUser.call(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(),
                new NewMeasure(w.otherSectionId, measure, measure, agencyId, Set.of(), LocalDate.of(w.year, 1, 1),
                        LocalDate.of(w.year + 2, 12, 31), List.of(), List.of())));
        AsUser.call(w.plan.secretariat(), () -> register.addKpi(measureId, new NewKpi(kpi, "%", w.year - 1,
                new BigDecimal("5"), Direction.INCREASE, "สำนักงานเศรษฐกิจอุตสาหกรรม", ReportingFrequency.ANNUAL,
                List.of(new KpiTarget(w.year + 2, new BigDecimal("40"))))));
    }

    @Test
    void the_english_register_reads_back_with_every_measure_kpi_target_actual_and_the_rule() {
        AsUser.call(w.reporter, () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "14")));

        byte[] pdf = pdf();

        String text = PdfReading.text(pdf);
        assertThat(text).contains("Implementation register: ", "Measures by status", "Measures by lead agency",
                RegisterWorld.MINISTRY, "EV production incentives", "EV share of production (%)",
                "How a KPI status is computed", "Baseline", "Target", "Actual", Integer.toString(w.year + 3),
                "Status: On track.", "The latest actual, 14 (" + (w.year - 1) + "), is compared with 14,");
        assertThat(PdfReading.glyphs(pdf)).noneMatch(g -> g.code() == 0);
    }

    @Test
    void a_thai_councils_register_is_in_thai_with_thai_names_read_back_exactly_and_no_missing_glyphs() {
        CouncilLanguages.set(councils, w.plan.secretariat(), w.plan.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        measureNamed("กรมพัฒนาฝีมือแรงงาน", "ฝึกอบรมแรงงานทักษะสูงด้านยานยนต์ไฟฟ้า", "จำนวนแรงงานที่ได้รับการฝึกอบรม");

        byte[] pdf = pdf();

        String text = PdfReading.text(pdf);
        assertThat(text).contains("ทะเบียนการดำเนินงาน: ", "กรมพัฒนาฝีมือแรงงาน",
                "ฝึกอบรมแรงงานทักษะสูงด้านยานยนต์ไฟฟ้า", "จำนวนแรงงานที่ได้รับการฝึกอบรม (%)",
                "สำนักงานเศรษฐกิจอุตสาหกรรม", "ไม่มีข้อมูล", "ยังไม่มีการรายงาน", "วิธีคำนวณสถานะตัวชี้วัด");
        assertThat(PdfReading.glyphs(pdf)).noneMatch(g -> g.code() == 0);
    }

    @Test
    void a_japanese_councils_register_is_in_japanese_with_japanese_names_read_back_exactly_and_no_missing_glyphs() {
        CouncilLanguages.set(councils, w.plan.secretariat(), w.plan.councilId(), "ja", CalendarSystem.JAPANESE_ERA);
        measureNamed("経済産業省", "車載用蓄電池の国内生産基盤の強化", "電池の国内調達比率");

        byte[] pdf = pdf();

        String text = PdfReading.text(pdf);
        assertThat(text).contains("実施状況台帳：", "経済産業省", "車載用蓄電池の国内生産基盤の強化",
                "電池の国内調達比率 (%)", "KPIの状況の算出方法", "目標値", "データなし");
        assertThat(PdfReading.glyphs(pdf)).noneMatch(g -> g.code() == 0);
    }

    @Test
    void the_next_cycles_register_ends_with_how_the_previous_cycles_kpis_ended() {
        long next = AsUser.call(w.plan.secretariat(), () -> planService.startNextCycle(w.plan.planId(),
                new NewPlan(Fixtures.unique("Next plan"), 2032, 2036, null)));

        String text = PdfReading.text(AsUser.call(w.plan.lead(), () -> register.registerPdf(next, ZoneOffset.UTC)));

        assertThat(text).contains("Evaluation of the previous cycle: ", "Targets met: 0 · missed: 0 · no data: 1",
                "How the outcome is judged", "EV share of production", (w.year + 3) + ": 30 %", "No data", "Yes");
    }

    @Test
    void someone_outside_the_council_gets_no_pdf() {
        var outsider = fixtures.user("outsider");
        assertThatThrownBy(() -> AsUser.call(outsider, () -> register.registerPdf(w.plan.planId(), ZoneOffset.UTC)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
