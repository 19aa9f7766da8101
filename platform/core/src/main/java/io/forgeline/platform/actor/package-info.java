/**
 * Who is acting: every write carries an {@link io.forgeline.platform.actor.Actor} taken from the
 * bearer token, so stock movements, quality decisions and order changes can be audited.
 */
package io.forgeline.platform.actor;
