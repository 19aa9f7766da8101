/**
 * The browser pages the gateway serves (terminal, planner): what they need to know to sign people in.
 * The pages themselves are static files under {@code META-INF/resources}.
 */
package io.forgeline.gateway.terminal;
