/** Family setups: the changeover minutes between product families, kept and replaced as one matrix. */
package io.forgeline.scheduling.masterdata.setups;
