/**
 * Word documents out: any document of the neutral model (a plan, a version) written as .docx with real heading
 * styles, a contents field, page numbers and the language and fonts of Thai, Japanese and Latin text, so that
 * ministries can open, mark up and re-circulate it in Word. Kept apart so only this package knows Word's format.
 */
package org.councilworkspace.wordexport;
