package io.chainline.console.catalog.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImageResolutionRepository extends JpaRepository<ImageResolution, String> {}
