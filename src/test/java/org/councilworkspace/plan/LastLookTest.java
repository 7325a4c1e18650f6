package org.councilworkspace.plan;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class LastLookTest extends LastLookContract {
}
