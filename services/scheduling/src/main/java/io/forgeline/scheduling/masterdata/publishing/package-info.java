/**
 * Publishing master data: the compacted topics {@code scheduling.items.v1} and {@code scheduling.work-centers.v1}
 * are created (or set to compaction) at start, and every item and work center is published again once at the
 * first start and whenever an admin asks, so a new consumer can build its read model from the topic alone.
 */
package io.forgeline.scheduling.masterdata.publishing;
