/**
 * A small application for the platform's own tests: a consumer whose events say what to do (apply, refuse
 * by a rule, fail like a bug) and a writer of outbox events.
 */
package io.forgeline.platform.testapp;
