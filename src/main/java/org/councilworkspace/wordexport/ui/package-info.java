/** Download links for Word documents, for the screens where people look at the thing. */
package org.councilworkspace.wordexport.ui;
