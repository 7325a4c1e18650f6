package org.councilworkspace.implementation;

/**
 * A goal framework of a plan: the UN SDGs (name "SDG", shown translated) or the plan's own, with the name typed.
 *
 * @param goals how many goals (and, for the SDGs, targets) it holds
 */
public record GoalFramework(long id, long planId, FrameworkSource source, String name, int goals) {

    public boolean sdg() {
        return source == FrameworkSource.SDG;
    }
}
