/** Health probes that answer within a probe's timeout, whatever state the infrastructure is in. */
package io.forgeline.platform.health;
