package io.chainline.console.catalog.service;

import io.chainline.console.support.IntegrationTest;

@IntegrationTest
class CatalogH2IT extends CatalogContract {}
