/** Suppliers: who we buy from. Purchasing and the partner API look them up here. */
package io.forgeline.supply.supplier;
