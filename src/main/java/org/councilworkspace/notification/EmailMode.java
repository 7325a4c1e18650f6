package org.councilworkspace.notification;

/** How a person wants notifications by e-mail: not at all, each as it happens, or one summary a day. */
public enum EmailMode { NONE, IMMEDIATE, DAILY }
