/**
 * The implementation register: after a plan is adopted, what it commits the council's agencies to (measures on its
 * sections, with milestones and budgets), how progress is measured (KPIs with baselines, targets and reported
 * actuals, corrected only by new versions) and the status of each KPI against the linear path to its target.
 */
package org.councilworkspace.implementation;
