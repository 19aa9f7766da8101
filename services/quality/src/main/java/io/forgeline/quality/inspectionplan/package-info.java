/**
 * Inspection plans: for an item and inspection type, the sampling rule (AQL and ISO 2859-1 inspection
 * level) and the characteristics to measure, with their tolerances.
 */
package io.forgeline.quality.inspectionplan;
