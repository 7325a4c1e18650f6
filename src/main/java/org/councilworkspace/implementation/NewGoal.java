package org.councilworkspace.implementation;

/** A goal of a plan's own framework as typed: a code (e.g. "M3") and its title; English is required. */
public record NewGoal(String code, String titleEn, String titleJa, String titleTh) {
}
