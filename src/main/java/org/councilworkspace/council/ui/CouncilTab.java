package org.councilworkspace.council.ui;

/** One page of a council, shown as a tab on every council page. */
public record CouncilTab(String path, String labelKey, int order) {
}
