/**
 * Placement: for each VDU of a deployment, the target, the CPU architectures and the nodes it goes to, and why; or,
 * when nothing fits, which constraint failed on which candidate. Pure and deterministic: the same inputs give the
 * same answer, with no I/O, so the console can plan thousands of network functions while an operator waits.
 */
package io.chainline.placement;
