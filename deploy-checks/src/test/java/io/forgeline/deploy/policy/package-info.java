/**
 * What a platform team requires of every workload, checked on every rendering (Helm with each values file,
 * both kustomize overlays): probes on the Quarkus health endpoints of the management port, which no Service
 * the ingress or another workload reaches exposes and only the monitoring namespace may reach, requests and
 * limits, a locked-down security context, a PodDisruptionBudget and an autoscaler, zone spread, pinned image
 * tags, no secrets in plain text, selectors that select, ports that exist, and network policies that deny by
 * default.
 */
package io.forgeline.deploy.policy;
