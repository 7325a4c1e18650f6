package org.councilworkspace.plan;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class OutlineServicePostgresTest extends OutlineServiceContract {
}
