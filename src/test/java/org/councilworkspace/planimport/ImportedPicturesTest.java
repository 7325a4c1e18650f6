package org.councilworkspace.planimport;

import org.councilworkspace.testsupport.ServiceTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

@ServiceTest
@AutoConfigureMockMvc
class ImportedPicturesTest extends ImportedPicturesContract {
}
