package org.councilworkspace.consultation;

import org.councilworkspace.testsupport.PostgresServiceTest;
import org.springframework.context.annotation.Import;

@PostgresServiceTest
@Import(ConsultationWorld.class)
class RoundRulesPostgresTest extends RoundRulesContract {
}
