package io.forgeline.execution.notifications;

/**
 * What people are told, once per recipient: a mail's subject and text (English and Simplified Chinese together, as
 * recipients have no language on record), and the JSON body a webhook receives.
 *
 * @param about what it is about, e.g. {@code andon/<id>}
 */
public record Announcement(String about, String subject, String text, String json) {
}
