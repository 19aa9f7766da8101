/**
 * Locking: transaction-scoped advisory locks on business keys, for transactions that must take turns before the
 * rows they would lock exist.
 */
package io.forgeline.platform.locking;
