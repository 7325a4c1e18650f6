package org.councilworkspace.amendment;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class AmendmentCarryForwardPostgresTest extends AmendmentCarryForwardContract {
}
