package org.councilworkspace.implementation;

/** Where a framework's goals come from: the SDG data file the app ships, or the plan's managers. */
public enum FrameworkSource {
    SDG, PLAN
}
