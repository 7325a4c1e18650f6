package org.councilworkspace.implementation;

import java.math.BigDecimal;

/** The budget planned for a measure in one year, in an ISO 4217 currency. */
public record BudgetLine(int year, BigDecimal amount, String currency) {
}
