package org.councilworkspace.permissions;

import org.councilworkspace.testsupport.PostgresServiceTest;

/** The whole matrix again on PostgreSQL, so no query works on H2 only. */
@PostgresServiceTest
class PermissionMatrixPostgresTest extends PermissionMatrixContract {
}
