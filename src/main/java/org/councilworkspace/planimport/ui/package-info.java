/** The import dialog: upload a document, see the outline and what cannot come along, then save. */
package org.councilworkspace.planimport.ui;
