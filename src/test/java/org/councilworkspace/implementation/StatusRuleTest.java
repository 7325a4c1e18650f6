package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the KPI status rule over many generated KPIs (seeded, so a failure repeats): what a reader is told
 * the rule does must hold for every baseline, target path, direction, frequency and tolerance.
 */
class StatusRuleTest {

    private static final int CASES = 5_000;
    private final Random random = new Random(20_261_204L);

    private record Case(Kpi kpi, int year, int period, double expected, int tolerance) {
    }

    private Case generate() {
        int baselineYear = 2015 + random.nextInt(10);
        double baseline = round(random.nextDouble() * 1000 - 200);
        Direction direction = random.nextBoolean() ? Direction.INCREASE : Direction.DECREASE;
        ReportingFrequency frequency = ReportingFrequency.values()[random.nextInt(3)];
        List<KpiTarget> targets = new ArrayList<>();
        int years = 1 + random.nextInt(6);
        double value = baseline;
        for (int i = 1; i <= years; i++) {
            double step = round(random.nextDouble() * 50) * (direction == Direction.INCREASE ? 1 : -1);
            value = round(value + step);
            targets.add(new KpiTarget(baselineYear + i, BigDecimal.valueOf(value)));
        }
        Kpi kpi = new Kpi(1, 1, "KPI", "unit", baselineYear, BigDecimal.valueOf(baseline), direction, "source",
                frequency, targets, 0);
        int year = baselineYear + random.nextInt(years + 3);
        int period = 1 + random.nextInt(frequency.periodsPerYear());
        double expected = StatusRule.expectedAt(baselineYear, baseline, targets,
                StatusRule.endOf(year, period, frequency));
        return new Case(kpi, year, period, expected, random.nextInt(31));
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static KpiStatus status(Case c, double actual) {
        Actual a = new Actual(1, 1, c.year(), c.period(), 1, BigDecimal.valueOf(actual), null, null, null, null,
                "reporter", OffsetDateTime.now());
        return StatusRule.assess(c.kpi(), List.of(a), c.tolerance()).status();
    }

    /** A step in the desired direction. */
    private static double better(Case c, double amount) {
        return c.kpi().direction() == Direction.INCREASE ? amount : -amount;
    }

    private static double span(Case c) {
        double last = c.kpi().targets().get(c.kpi().targets().size() - 1).value().doubleValue();
        double span = Math.abs(last - c.kpi().baselineValue().doubleValue());
        return span == 0 ? Math.max(Math.abs(c.kpi().baselineValue().doubleValue()), 1) : span;
    }

    @Test
    void an_actual_exactly_on_the_path_is_on_track() {
        for (int i = 0; i < CASES; i++) {
            Case c = generate();
            assertThat(status(c, c.expected())).as(c.toString()).isEqualTo(KpiStatus.ON_TRACK);
        }
    }

    @Test
    void being_ahead_of_the_path_is_on_track() {
        for (int i = 0; i < CASES; i++) {
            Case c = generate();
            double ahead = c.expected() + better(c, random.nextDouble() * 100);
            assertThat(status(c, ahead)).as(c.toString()).isEqualTo(KpiStatus.ON_TRACK);
        }
    }

    @Test
    void a_better_actual_never_has_a_worse_status() {
        for (int i = 0; i < CASES; i++) {
            Case c = generate();
            double worse = c.expected() - better(c, random.nextDouble() * span(c) * 0.8);
            double improved = worse + better(c, random.nextDouble() * span(c) * 0.5);
            assertThat(status(c, improved).ordinal()).as(c.toString())
                    .isLessThanOrEqualTo(status(c, worse).ordinal());
        }
    }

    @Test
    void trailing_within_the_tolerance_is_on_track_within_twice_at_risk_and_beyond_off_track() {
        for (int i = 0; i < CASES; i++) {
            Case c = generate();
            double allowance = span(c) * c.tolerance() / 100.0;
            if (allowance == 0) {
                assertThat(status(c, c.expected() - better(c, span(c) * 0.01))).isEqualTo(KpiStatus.OFF_TRACK);
                continue;
            }
            assertThat(status(c, c.expected() - better(c, allowance * 0.99))).as(c.toString())
                    .isEqualTo(KpiStatus.ON_TRACK);
            assertThat(status(c, c.expected() - better(c, allowance * 1.5))).as(c.toString())
                    .isEqualTo(KpiStatus.AT_RISK);
            assertThat(status(c, c.expected() - better(c, allowance * 2.01))).as(c.toString())
                    .isEqualTo(KpiStatus.OFF_TRACK);
        }
    }

    @Test
    void mirroring_the_values_and_the_direction_keeps_the_status() {
        for (int i = 0; i < CASES; i++) {
            Case c = generate();
            double actual = c.expected() + (random.nextDouble() - 0.5) * span(c);
            Kpi k = c.kpi();
            Kpi mirrored = new Kpi(1, 1, "KPI", "unit", k.baselineYear(), k.baselineValue().negate(),
                    k.direction() == Direction.INCREASE ? Direction.DECREASE : Direction.INCREASE, "source",
                    k.frequency(), k.targets().stream().map(t -> new KpiTarget(t.year(), t.value().negate())).toList(),
                    0);
            Case mirror = new Case(mirrored, c.year(), c.period(), -c.expected(), c.tolerance());
            assertThat(status(mirror, -actual)).as(c.toString()).isEqualTo(status(c, actual));
        }
    }

    @Test
    void the_path_meets_every_target_at_the_end_of_its_year_and_stays_flat_after_the_last() {
        for (int i = 0; i < CASES; i++) {
            Case c = generate();
            Kpi k = c.kpi();
            for (KpiTarget t : k.targets()) {
                assertThat(StatusRule.expectedAt(k.baselineYear(), k.baselineValue().doubleValue(), k.targets(),
                        t.year())).isCloseTo(t.value().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
            }
            KpiTarget last = k.targets().get(k.targets().size() - 1);
            assertThat(StatusRule.expectedAt(k.baselineYear(), k.baselineValue().doubleValue(), k.targets(),
                    last.year() + 3.5)).isEqualTo(last.value().doubleValue());
        }
    }

    @Test
    void without_an_actual_or_without_a_target_there_is_no_data() {
        for (int i = 0; i < 500; i++) {
            Case c = generate();
            assertThat(StatusRule.assess(c.kpi(), List.of(), c.tolerance()).status()).isEqualTo(KpiStatus.NO_DATA);
            Kpi k = c.kpi();
            Kpi untargeted = new Kpi(1, 1, "KPI", "unit", k.baselineYear(), k.baselineValue(), k.direction(),
                    "source", k.frequency(), List.of(), 0);
            assertThat(status(new Case(untargeted, c.year(), c.period(), 0, c.tolerance()), c.expected()))
                    .isEqualTo(KpiStatus.NO_DATA);
        }
    }

    @Test
    void the_latest_period_decides_not_the_order_reported() {
        Kpi kpi = new Kpi(1, 1, "KPI", "%", 2020, BigDecimal.ZERO, Direction.INCREASE, "s",
                ReportingFrequency.QUARTERLY, List.of(new KpiTarget(2024, new BigDecimal("40"))), 0);
        Actual late = new Actual(2, 1, 2022, 4, 1, new BigDecimal("20"), null, null, null, null, "r",
                OffsetDateTime.now());
        Actual early = new Actual(1, 1, 2021, 1, 1, BigDecimal.ZERO, null, null, null, null, "r",
                OffsetDateTime.now());
        Assessment assessment = StatusRule.assess(kpi, List.of(late, early), 10);
        assertThat(assessment.latest()).isEqualTo(late);
        assertThat(assessment.expected()).isEqualTo(20.0);
        assertThat(assessment.status()).isEqualTo(KpiStatus.ON_TRACK);
    }
}
