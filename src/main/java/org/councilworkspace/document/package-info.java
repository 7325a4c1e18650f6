/**
 * Documents councils circulate, in Thai, Japanese and English: a small neutral model (headings, paragraphs of
 * bold and italic runs, lists, tables) that features build from their Markdown and records, and a PDF renderer
 * that carries its own fonts, shapes Thai with the font's OpenType tables, breaks lines by ICU and keeps the
 * extracted text exactly as written. It knows no feature; features depend on it, never the other way round.
 */
package org.councilworkspace.document;
