/** The member import page: upload, preview with problems per line, import and the invitations that went out. */
package org.councilworkspace.memberimport.ui;
