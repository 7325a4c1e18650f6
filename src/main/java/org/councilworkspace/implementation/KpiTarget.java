package org.councilworkspace.implementation;

import java.math.BigDecimal;

/** The value a KPI should reach by the end of a year. */
public record KpiTarget(int year, BigDecimal value) {
}
