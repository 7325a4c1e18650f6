package org.councilworkspace.implementation;

/** A measure in another cycle's plan, as a link names it: its title and the plan and cycle it belongs to. */
public record MeasureLink(long measureId, String title, long planId, String planTitle, String cycle) {
}
