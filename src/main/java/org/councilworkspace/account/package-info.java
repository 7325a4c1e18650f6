/** User accounts: invitations with one-time set-password links, deactivation, profile, language and password. */
package org.councilworkspace.account;
