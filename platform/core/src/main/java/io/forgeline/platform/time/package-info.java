/** The one source of "now", so tests can move time instead of sleeping. */
package io.forgeline.platform.time;
