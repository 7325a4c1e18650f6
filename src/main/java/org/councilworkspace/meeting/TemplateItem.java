package org.councilworkspace.meeting;

/** One item of an agenda template: what a meeting made from it starts with. */
public record TemplateItem(String title, Integer minutesAllotted, AgendaPurpose purpose) {
}
