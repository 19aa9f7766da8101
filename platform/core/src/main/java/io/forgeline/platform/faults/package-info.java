/**
 * Which failures are the moment's and which are the message's. A transient fault (the database or the
 * broker away, failing over or slow; a write that lost a race) goes away by waiting and trying again; a
 * permanent one (an event that can never be applied, a request the domain refuses) does not. Consumers
 * wait out the first and park the second; the REST layer answers 503 for the first.
 */
package io.forgeline.platform.faults;
