package org.councilworkspace.amendment;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class AmendmentSupportRulesPostgresTest extends AmendmentSupportRulesContract {
}
