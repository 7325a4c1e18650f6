package org.councilworkspace.implementation;

import java.util.List;

/**
 * What is wrong with a line of an import file: the column concerned (its template code, null for the line as a whole)
 * and a message key with its arguments.
 */
public record ImportProblem(String column, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }
}
