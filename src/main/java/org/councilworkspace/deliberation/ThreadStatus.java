package org.councilworkspace.deliberation;

public enum ThreadStatus { OPEN, RESOLVED }
