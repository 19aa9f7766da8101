package io.forgeline.supply.edi;

import io.forgeline.platform.problem.Problem.FieldError;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the reader is, in the words a supplier's EDI people use: the n-th message (with its reference), the segment
 * groups it is in, each named by the segment that opened it and how many of those the message had so far
 * ({@code SG15 LIN 2}), and the segment's number counted from UNH = 1, as UNT counts.
 */
final class Positions {

    private int messageOrdinal;
    private int unhPosition;
    private int segmentInMessage;
    private String messageReference = "";
    private final Deque<String> loops = new ArrayDeque<>();
    private final Map<String, Integer> groupsOpened = new HashMap<>();
    private boolean loopJustOpened;
    private String lastTag = "";

    void startMessage() {
        messageOrdinal++;
        messageReference = "";
        loops.clear();
        groupsOpened.clear();
    }

    void message(String reference) {
        messageReference = reference;
    }

    void enterLoop(String code) {
        loops.push(code);
        loopJustOpened = true;
    }

    void leaveLoop() {
        if (!loops.isEmpty()) {
            loops.pop();
        }
    }

    void segment(String tag, int streamPosition) {
        lastTag = tag;
        if ("UNH".equals(tag)) {
            unhPosition = streamPosition;
        }
        // StAEDI counts segments from the start of the stream; a supplier counts them from UNH, like UNT does
        segmentInMessage = streamPosition - unhPosition + 1;
        if (loopJustOpened && !loops.isEmpty()) {
            int n = groupsOpened.merge(tag, 1, Integer::sum);
            loops.push(loops.pop() + " " + tag + " " + n);
            loopJustOpened = false;
        }
    }

    String messagePosition() {
        return "UNH " + messageOrdinal + " (" + messageReference + ")";
    }

    String messageReference() {
        return messageReference;
    }

    String of(String tag) {
        return of(tag, segmentInMessage);
    }

    private String of(String tag, int numberInMessage) {
        if ("UNB".equals(tag) || "UNZ".equals(tag) || "UNA".equals(tag)) {
            return tag;
        }
        if ("UNH".equals(tag)) {
            return "UNH " + messageOrdinal;
        }
        StringBuilder position = new StringBuilder(messagePosition());
        loops.descendingIterator().forEachRemaining(loop -> position.append(" / ").append(loop));
        return position.append(" / ").append(tag).append(" (segment ").append(numberInMessage).append(')').toString();
    }

    /**
     * The fault StAEDI reports now, at its own location: a segment error comes before the START_SEGMENT of the
     * segment it is about, so the last segment read is not where it is.
     */
    FieldError fault(EDIStreamReader reader, EDIStreamEvent event) {
        Location location = reader.getLocation();
        EDIStreamValidationError error = reader.getErrorType();
        String tag = location.getSegmentTag() == null ? lastTag : location.getSegmentTag();
        String where = of(tag, location.getSegmentPosition() - unhPosition + 1);
        if (event == EDIStreamEvent.SEGMENT_ERROR) {
            // the text is the segment concerned: the missing one for MANDATORY_SEGMENT_MISSING, else this one
            return new FieldError(where, describe(error, reader.getText(), true));
        }
        where += " / element " + location.getElementPosition();
        if (location.getComponentPosition() > 0) {
            where += " component " + location.getComponentPosition();
        }
        String value = event == EDIStreamEvent.ELEMENT_DATA_ERROR ? reader.getText() : null;
        return new FieldError(where, describe(error, value, false));
    }

    /** A sentence for the supplier, with StAEDI's name of the error for its EDI people. */
    private static String describe(EDIStreamValidationError error, String text, boolean segment) {
        String value = text == null || text.isEmpty() ? "" : (segment ? text : "'" + text + "'") + " ";
        String sentence = switch (error) {
            case INVALID_CHARACTER_DATA -> value + "has characters this element does not take (a number is expected here?)";
            case INVALID_CODE_VALUE -> value + "is not one of the codes accepted here";
            case DATA_ELEMENT_TOO_LONG -> value + "is too long";
            case DATA_ELEMENT_TOO_SHORT -> value + "is too short";
            case INVALID_DATE, INVALID_TIME -> value + "is not a valid date or time";
            case REQUIRED_DATA_ELEMENT_MISSING -> "is required";
            case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS, TOO_MANY_REPETITIONS -> "has more elements or components than D.96A defines";
            case MANDATORY_SEGMENT_MISSING -> value + "is required here and missing";
            case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, SEGMENT_NOT_IN_PROPER_SEQUENCE, UNRECOGNIZED_SEGMENT_ID ->
                    value + "is not expected here (not in this message, or out of order)";
            case SEGMENT_EXCEEDS_MAXIMUM_USE, LOOP_OCCURS_OVER_MAXIMUM_TIMES -> value + "repeats more often than allowed";
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> value + "does not match the number counted";
            case CONTROL_REFERENCE_MISMATCH -> value + "does not match the reference in the header";
            default -> value + "is invalid";
        };
        return sentence.trim() + " (" + error.name() + ")";
    }
}
