/**
 * Work instructions and data collection. A work instruction belongs to one routing operation of an item (item code and
 * operation sequence): its steps (English text, optional Simplified Chinese text and image) and its data-collection
 * fields (measurements with optional unit and limits, checkboxes), defined by planners. Images are uploaded on their
 * own and kept in the database. On an operation under way operators record values against the fields; each recording is
 * kept and published as OperationDataCollected on execution.operation-progress.v1 (quality charts the measurements),
 * and an operation with a required field completes only once that field is recorded.
 */
package io.forgeline.execution.instructions;
