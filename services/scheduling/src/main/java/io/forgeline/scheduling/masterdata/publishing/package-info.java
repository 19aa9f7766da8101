/**
 * Publishing master data: the compacted topics {@code scheduling.items.v1}, {@code scheduling.work-centers.v1} and {@code scheduling.calendars.v1}
 * are created (or set to compaction) at start, and every item, work center and calendar is published again once at the
 * first start and whenever an admin asks, so a new consumer can build its read model from the topic alone.
 */
package io.forgeline.scheduling.masterdata.publishing;
