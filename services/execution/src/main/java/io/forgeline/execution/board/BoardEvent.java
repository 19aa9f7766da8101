package io.forgeline.execution.board;

import java.util.Map;

/**
 * One change the live board shows, as one server-sent event: {@code name} is the SSE event name (machine, job,
 * andon, spc-alert, oee) and {@code data} its JSON object. {@code workCenterCode} lets a board of one area skip the
 * others' changes; null means every board wants it.
 */
public record BoardEvent(String name, String workCenterCode, Map<String, Object> data) {
}
