/** Running asynchronous steps one after the other over a list of any length. */
package io.forgeline.platform.steps;
