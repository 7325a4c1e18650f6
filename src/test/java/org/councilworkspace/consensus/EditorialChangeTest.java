package org.councilworkspace.consensus;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class EditorialChangeTest extends EditorialChangeContract {
}
