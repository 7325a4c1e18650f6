package org.councilworkspace.home;

import org.councilworkspace.testsupport.ServiceTest;

@ServiceTest
class WhatNeedsMeTest extends WhatNeedsMeContract {
}
