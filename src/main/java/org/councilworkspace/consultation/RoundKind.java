package org.councilworkspace.consultation;

/** Who may submit: the named, invited organizations through their own links, or anyone. */
public enum RoundKind {
    INVITED, PUBLIC
}
