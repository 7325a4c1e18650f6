package org.councilworkspace.implementation;

import java.math.BigDecimal;

/** A reported value for one period (a quarter, half-year or year, by the KPI's frequency). */
public record NewActual(Integer year, Integer periodNo, BigDecimal value, String evidenceUrl, String comment) {
}
