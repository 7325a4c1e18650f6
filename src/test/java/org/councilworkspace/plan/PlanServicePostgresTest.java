package org.councilworkspace.plan;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class PlanServicePostgresTest extends PlanServiceContract {
}
