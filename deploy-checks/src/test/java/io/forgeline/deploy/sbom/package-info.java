/**
 * The bill of materials of every deployable module (the services and the gateway): each one's CycloneDX
 * target/bom.json, made at package time, exists and names only licences on the allow-list of
 * {@link io.forgeline.deploy.sbom.LicencePolicy}.
 */
package io.forgeline.deploy.sbom;
