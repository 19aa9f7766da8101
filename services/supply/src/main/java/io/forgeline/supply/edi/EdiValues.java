package io.forgeline.supply.edi;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Values as EDIFACT writes them: decimals with either decimal mark, DTM dates in format 102 or 203. */
final class EdiValues {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuuMMddHHmm");

    private EdiValues() {
    }

    /** Syntax 3 without a UNA lets a sender use ',' as the decimal mark. */
    static BigDecimal decimal(String value) {
        return new BigDecimal(value.replace(',', '.'));
    }

    /** DTM C507: the date in 2380, in the format 2379 names; the schemas take 102 (CCYYMMDD) and 203 (CCYYMMDDHHMM). */
    static LocalDate date(Segment dtm) {
        return dateTime(dtm).toLocalDate();
    }

    /** A date-time of the plant's calendar (203 carries no zone); a bare date is the start of that day. */
    static OffsetDateTime instant(Segment dtm, ZoneId plantZone) {
        return dateTime(dtm).atZone(plantZone).toOffsetDateTime();
    }

    private static LocalDateTime dateTime(Segment dtm) {
        String value = dtm.value(1, 2);
        try {
            return "203".equals(dtm.value(1, 3)) ? LocalDateTime.parse(value, MINUTES)
                    : LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay();
        } catch (RuntimeException e) {
            throw invalid(dtm.at(1, 2), "'" + value + "' is not a date in format " + (dtm.value(1, 3).isEmpty() ? "102" : dtm.value(1, 3)));
        }
    }

    /** 400: readable EDI this mapping cannot take. */
    static FieldErrors invalid(String position, String message) {
        return FieldErrors.invalid(List.of(new FieldError(position, message)));
    }

    /** 422: valid EDI a business rule refuses (an order that is not the caller's, an answer the plant cannot take). */
    static FieldErrors refused(String position, String message) {
        return FieldErrors.refused(List.of(new FieldError(position, message)));
    }
}
