/**
 * The infrastructure as operator resources and its agreement with the services: Strimzi topics for every
 * contract and dead-letter topic with replication 3 and min ISR 2, consumers that never outgrow their
 * partitions, a CloudNativePG database and role per service, the Keycloak realm's roles, and the ports,
 * addresses and configuration names the launcher uses.
 */
package io.forgeline.deploy.infra;
