package org.councilworkspace.implementation;

/** Which way a KPI should move for the plan to succeed. */
public enum Direction {
    INCREASE, DECREASE
}
