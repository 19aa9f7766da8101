package io.forgeline.warehouse.counting;

import java.util.List;

/**
 * What to count: {@code {"bins":["B-02-01","QA-01"]}}, or every bin holding items of one ABC class,
 * {@code {"abcClass":"A"}}. A task per bin.
 */
public record CountOrder(List<String> bins, String abcClass) {
}
