package org.councilworkspace.audit;

import org.councilworkspace.testsupport.PostgresServiceTest;

@PostgresServiceTest
class AuditChainPostgresTest extends AuditChainContract {
}
