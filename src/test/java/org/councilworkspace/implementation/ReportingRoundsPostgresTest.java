package org.councilworkspace.implementation;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class ReportingRoundsPostgresTest extends ReportingRoundsContract {
}
