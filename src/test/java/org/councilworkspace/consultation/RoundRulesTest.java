package org.councilworkspace.consultation;

import org.councilworkspace.testsupport.ServiceTest;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(ConsultationWorld.class)
class RoundRulesTest extends RoundRulesContract {
}
