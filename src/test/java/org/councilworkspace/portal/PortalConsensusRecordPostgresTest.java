package org.councilworkspace.portal;

import org.councilworkspace.testsupport.PostgresServiceTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/** The same reads on PostgreSQL: the published-only queries must hold on the database larger councils run. */
@PostgresServiceTest
@AutoConfigureMockMvc
class PortalConsensusRecordPostgresTest extends PortalConsensusRecordContract {
}
