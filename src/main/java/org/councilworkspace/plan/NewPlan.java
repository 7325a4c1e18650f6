package org.councilworkspace.plan;

/** What is entered to create a plan (or start the next cycle's). */
public record NewPlan(String title, Integer cycleStart, Integer cycleEnd, String nationalPlan) {
}
