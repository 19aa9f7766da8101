/**
 * Facts the deployment artefacts must agree with, read from the project itself rather than repeated here: the
 * launcher's service table, ports and versions (infra/launcher/common.sh), each service's
 * application.properties (database, consumed topics and their dead-letter topics), the AsyncAPI channels
 * and the development realm's roles. When one of them changes, the checks follow or fail.
 */
package io.forgeline.deploy.project;
