/**
 * Rendered manifests: runs Helm (through helm-java's bundled engine) and {@code kubectl kustomize}, splits their
 * output into objects and reads each one strictly into the fabric8 Kubernetes model, so a misspelt field or a
 * value of the wrong type is an error instead of an ignored extra. Custom resources of the operators
 * (Strimzi, CloudNativePG, Keycloak, Prometheus operator, KEDA) stay generic but must carry their required fields.
 */
package io.forgeline.deploy.manifest;
