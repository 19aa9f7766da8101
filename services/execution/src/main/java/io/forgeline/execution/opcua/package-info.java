/**
 * The OPC UA bridge: execution subscribes (Eclipse Milo's client) to the configured machines' nodes on an OPC UA
 * server and writes their state, counters and sensor readings, with the machines' own timestamps, to
 * {@code execution.machine-signals.v1} through the outbox, where the signal store takes them as it takes an edge
 * gateway's. Off unless {@code forgeline.opcua.endpoint} is set.
 */
package io.forgeline.execution.opcua;
