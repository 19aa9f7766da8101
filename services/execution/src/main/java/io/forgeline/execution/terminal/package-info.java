/**
 * The terminal as the place of an operator's action: every action on an operation may name the terminal it was done
 * at in the {@code X-Forgeline-Terminal} header ({@link io.forgeline.execution.terminal.Acting}), and is kept with it (work periods, quantity reports, consumptions)
 * and in its event.
 */
package io.forgeline.execution.terminal;
