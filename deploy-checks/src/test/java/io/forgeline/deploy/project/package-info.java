/**
 * Facts the deployment artefacts must agree with, read from the project itself rather than repeated here: the
 * launcher's service table, ports and versions (infra/launcher/common.sh), each service's
 * application.properties over platform/core's defaults (ports, database, consumed topics, the consumer group
 * and so its dead-letter topic dlq.&lt;group&gt;), the AsyncAPI channels and the development realm's roles
 * and service clients. When one of them changes, the checks follow or fail.
 */
package io.forgeline.deploy.project;
