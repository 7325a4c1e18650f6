package org.councilworkspace.portal;

import org.councilworkspace.testsupport.ServiceTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

@ServiceTest
@AutoConfigureMockMvc
class PublishedOnlyTest extends PublishedOnlyContract {
}
