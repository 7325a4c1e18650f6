package org.councilworkspace.home;

import org.councilworkspace.testsupport.PostgresServiceTest;

/** The same open tasks on PostgreSQL, where the grouped and correlated queries must read the same. */
@PostgresServiceTest
class WhatNeedsMePostgresTest extends WhatNeedsMeContract {
}
