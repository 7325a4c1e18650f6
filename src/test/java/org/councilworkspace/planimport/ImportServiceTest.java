package org.councilworkspace.planimport;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class ImportServiceTest extends ImportServiceContract {
}
