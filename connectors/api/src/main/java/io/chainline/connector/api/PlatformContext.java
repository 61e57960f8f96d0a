package io.chainline.connector.api;

import java.time.Clock;

/** What the host application hands a platform to make its connectors. */
public record PlatformContext(Clock clock) {}
