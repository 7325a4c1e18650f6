package org.councilworkspace.council;

import org.councilworkspace.testsupport.PostgresServiceTest;

/** The role ceiling again on PostgreSQL. */
@PostgresServiceTest
class RoleCeilingPostgresTest extends RoleCeilingContract {
}
