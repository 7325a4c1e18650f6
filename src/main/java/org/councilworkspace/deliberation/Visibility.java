package org.councilworkspace.deliberation;

/** Who reads a thread: the whole council, or only the secretariat, chair and vice-chair (a working note). */
public enum Visibility { COUNCIL, SECRETARIAT }
