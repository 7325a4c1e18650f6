package org.councilworkspace.audit;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class AuditChainTest extends AuditChainContract {
}
