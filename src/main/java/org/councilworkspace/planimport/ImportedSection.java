package org.councilworkspace.planimport;

/** One section the import will create: its level in the outline (1 to 3), its title and its Markdown text. */
public record ImportedSection(int depth, String title, String body) {
}
