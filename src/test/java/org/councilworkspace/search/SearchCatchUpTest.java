package org.councilworkspace.search;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class SearchCatchUpTest extends SearchCatchUpContract {
}
