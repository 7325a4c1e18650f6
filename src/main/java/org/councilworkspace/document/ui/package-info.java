/** Download links for documents, shared by the features' pages. */
package org.councilworkspace.document.ui;
