package io.chainline.console.security.service;

import io.chainline.console.support.IntegrationTest;

@IntegrationTest
class UserPersistenceH2IT extends UserPersistenceContract {}
