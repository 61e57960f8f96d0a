/**
 * The connector contract: what every platform module (Kubernetes, OpenStack, Docker) implements and what the console
 * depends on. It is plain Java with typed records in and out; it must never import Spring, Vaadin or the console
 * (enforced by {@code ArchitectureTest} in the console module).
 */
package io.chainline.connector.api;
