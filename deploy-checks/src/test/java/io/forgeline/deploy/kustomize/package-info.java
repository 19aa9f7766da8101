/**
 * The kustomize tree k8s/: base plus overlays/dev and overlays/prod, built with {@code kubectl kustomize}
 * (kustomize v2 in Debian's kubectl 1.20 as well as v5), and what each overlay changes.
 */
package io.forgeline.deploy.kustomize;
