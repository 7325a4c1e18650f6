package org.councilworkspace.amendment;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class AmendmentSupportRulesTest extends AmendmentSupportRulesContract {
}
