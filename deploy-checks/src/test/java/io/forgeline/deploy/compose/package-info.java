/**
 * docker-compose.yml: it parses, and it runs what the local launcher runs, on the same ports and with the same
 * configuration names, so the two ways of starting Forgeline cannot drift apart unnoticed.
 */
package io.forgeline.deploy.compose;
