package io.forgeline.execution.epcis;

import io.forgeline.platform.paging.QueryValues;
import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.InvalidField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of {@code GET /events} of the EPCIS 2.0 REST binding that this service answers, read once. A list
 * parameter takes its values repeated or separated by '|'. A parameter of the standard's query language that is not
 * answered here, or one the standard does not know, is refused (400 naming it) rather than ignored, so nobody reads an
 * unfiltered answer as a filtered one. Plain Java.
 */
record EventQuery(Set<EventType> eventTypes, Optional<Instant> from, Optional<Instant> before, List<String> anyClasses,
                  List<String> quantityClasses, int perPage, Optional<Cursor> after) {

    static final int DEFAULT_PER_PAGE = 30;
    static final int MAX_PER_PAGE = 1000;
    /** Enough values for any recall question, few enough that a query stays a query. */
    static final int MAX_VALUES = 100;

    static final String EVENT_TYPE = "eventType";
    static final String GE_EVENT_TIME = "GE_eventTime";
    static final String LT_EVENT_TIME = "LT_eventTime";
    static final String MATCH_ANY_EPC_CLASS = "MATCH_anyEPCClass";
    static final String MATCH_EPC_CLASS = "MATCH_epcClass";
    static final String PER_PAGE = "perPage";

    private static final Set<String> ANSWERED = Set.of(EVENT_TYPE, GE_EVENT_TIME, LT_EVENT_TIME, MATCH_ANY_EPC_CLASS,
            MATCH_EPC_CLASS, PER_PAGE, Cursor.PARAMETER);

    /** The event types of EPCIS 2.0. This service writes three of them; asking for the others finds nothing. */
    enum EventType { ObjectEvent, AggregationEvent, TransformationEvent, TransactionEvent, AssociationEvent }

    static EventQuery of(Map<String, List<String>> parameters) {
        for (String name : parameters.keySet()) {
            if (!ANSWERED.contains(name)) {
                throw new InvalidField(name, "is not a query parameter this service answers; it answers " + String.join(", ",
                        List.of(EVENT_TYPE, GE_EVENT_TIME, LT_EVENT_TIME, MATCH_ANY_EPC_CLASS, MATCH_EPC_CLASS, PER_PAGE, Cursor.PARAMETER)));
            }
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String type : values(parameters, EVENT_TYPE)) {
            try {
                types.add(EventType.valueOf(type));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidField(EVENT_TYPE, "'" + type + "' is not an EPCIS event type; use " + List.of(EventType.values()));
            }
        }
        Optional<Instant> from = QueryValues.instant(GE_EVENT_TIME, single(parameters, GE_EVENT_TIME, FieldChecks.CODE));
        Optional<Instant> before = QueryValues.instant(LT_EVENT_TIME, single(parameters, LT_EVENT_TIME, FieldChecks.CODE));
        String token = single(parameters, Cursor.PARAMETER, FieldChecks.NOTE);
        return new EventQuery(types.isEmpty() ? EnumSet.allOf(EventType.class) : types, from, before,
                values(parameters, MATCH_ANY_EPC_CLASS), values(parameters, MATCH_EPC_CLASS),
                perPage(single(parameters, PER_PAGE, FieldChecks.CODE)),
                token == null || token.isBlank() ? Optional.empty() : Optional.of(Cursor.of(token)));
    }

    boolean wants(EventType type) {
        return eventTypes.contains(type);
    }

    private static int perPage(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PER_PAGE;
        }
        try {
            int perPage = Integer.parseInt(value.trim());
            if (perPage >= 1 && perPage <= MAX_PER_PAGE) {
                return perPage;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new InvalidField(PER_PAGE, "must be a whole number from 1 to " + MAX_PER_PAGE + ", not '" + value + "'");
    }

    private static String single(Map<String, List<String>> parameters, String name, int max) {
        List<String> given = parameters.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new InvalidField(name, "is given " + given.size() + " times; give it once");
        }
        String value = given.isEmpty() ? null : given.get(0);
        if (value != null && value.length() > max) {
            throw new InvalidField(name, "must be at most " + max + " characters");
        }
        return value;
    }

    private static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> values = new ArrayList<>();
        for (String given : parameters.getOrDefault(name, List.of())) {
            for (String value : given.split("\\|")) {
                if (value.isBlank()) {
                    continue;
                }
                if (value.length() > FieldChecks.NOTE) {
                    throw new InvalidField(name, "must be at most " + FieldChecks.NOTE + " characters a value");
                }
                values.add(value.trim());
            }
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidField(name, "takes at most " + MAX_VALUES + " values, not " + values.size());
        }
        return List.copyOf(values);
    }
}
