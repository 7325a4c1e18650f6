package org.councilworkspace.plan;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class OutlineAuditPostgresTest extends OutlineAuditContract {
}
