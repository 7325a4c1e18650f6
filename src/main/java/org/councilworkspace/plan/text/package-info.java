/**
 * The text engine for plan sections: word-level diffs (ICU word breaks, so Thai and Japanese diff by word),
 * diff HTML, line-based three-way merge, and safe Markdown rendering. Pure Java so services and benchmarks can use it.
 */
package org.councilworkspace.plan.text;
