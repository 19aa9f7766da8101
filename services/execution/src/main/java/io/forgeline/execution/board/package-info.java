/**
 * The live floor board ({@code /board.html}): the snapshot a big screen draws on arrival ({@link
 * io.forgeline.execution.board.FloorBoard}, put together from the machines, dispatch and SPC features) and the
 * changes pushed to it over server-sent events ({@link io.forgeline.execution.board.BoardFeed}, a consumer group
 * per instance). {@link io.forgeline.execution.board.Takt} is the progress-against-plan rule.
 */
package io.forgeline.execution.board;
