package io.forgeline.scheduling.masterdata;

/** The result of a create-or-replace PUT: 201 when it created, 200 when it replaced. */
public record Saved<T>(T value, boolean created) {
}
