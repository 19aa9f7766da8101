/**
 * bin/forgeline itself, run as a user runs it, on a state directory and ports of its own: the shape of
 * {@code status --json} that scripts read, ports checked before anything starts, pid files that never make it
 * signal a process it did not start, and {@code down} returning only once what it stopped has exited.
 * Nothing here touches the infrastructure the rest of the build uses.
 */
package io.forgeline.deploy.launcher;
