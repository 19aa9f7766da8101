/**
 * The infrastructure as operator resources and its agreement with the services: Strimzi topics for every
 * contract topic and for each consumer group's dead letters (dlq.&lt;group&gt;, 30 days) with replication 3 and
 * min ISR 2 and nothing else, consumers that never outgrow their partitions, a CloudNativePG database and role
 * per service, the Keycloak realm's roles and each service's own client; and how the workloads are wired: the
 * HTTP and management ports the launcher and the services name, addresses, FORGELINE_BIND_HOST, client
 * secrets from Secrets, configuration names the services read, and scraping on the management port.
 */
package io.forgeline.deploy.infra;
