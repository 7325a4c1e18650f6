package org.councilworkspace.amendment;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class AmendmentServicePostgresTest extends AmendmentServiceContract {
}
