/**
 * The machine simulator: the demo plant's machines as an OPC UA server (Eclipse Milo), so that execution's OPC UA
 * bridge, the OEE and the live board have real signals on a machine with no machines. {@code SimulatedMachine} is
 * the behaviour (plain Java, driven by a test through hours), {@code MachineNamespace} the address space.
 */
package io.forgeline.simulator;
