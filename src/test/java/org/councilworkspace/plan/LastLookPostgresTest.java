package org.councilworkspace.plan;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class LastLookPostgresTest extends LastLookContract {
}
