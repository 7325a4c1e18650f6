package org.councilworkspace.implementation;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class KpiLedgerPostgresTest extends KpiLedgerContract {
}
