package org.councilworkspace.memberimport;

/** What is wrong with a line: a message key and the value it concerns (may be empty). */
public record LineProblem(String messageKey, String value) {
}
