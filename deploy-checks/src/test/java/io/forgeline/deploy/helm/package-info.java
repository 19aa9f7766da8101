/**
 * The Helm chart helm/forgeline: strict lint with each values file, templating with default, dev and prod
 * values, values.schema.json refusing bad values before anything renders, and the switches between operator
 * resources and existing Kafka, PostgreSQL and Keycloak.
 */
package io.forgeline.deploy.helm;
