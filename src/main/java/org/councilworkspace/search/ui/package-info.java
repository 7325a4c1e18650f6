/** The search page and the search box in every signed-in page's header. */
package org.councilworkspace.search.ui;
