package io.chainline.connector.api;

/** Access details a platform accepted, and the endpoint the fleet shows for them (never a secret). */
public record ResolvedAccess(TargetAccess access, String endpoint) {}
