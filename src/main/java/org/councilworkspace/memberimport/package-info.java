/**
 * Bulk import of a council's members from a CSV or XLSX file: a preview with each line's problems, nothing saved
 * from a file with problems unless the person skips those lines, accounts and memberships created within the
 * importer's role ceiling, and set-password invitations sent once the import is stored.
 */
package org.councilworkspace.memberimport;
