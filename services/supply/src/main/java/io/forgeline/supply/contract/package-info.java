/** The partner contract: api-contracts' OpenAPI document of {@code /partner/v1}, served to suppliers as JSON. */
package io.forgeline.supply.contract;
