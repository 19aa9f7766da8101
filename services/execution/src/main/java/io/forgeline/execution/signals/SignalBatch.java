package io.forgeline.execution.signals;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgeline.contracts.execution.v1.MachineSignal;
import io.forgeline.contracts.execution.v1.MachineSignalsReported;
import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A machine's signals as one gateway (or the OPC UA bridge) sent them, checked field by field: the REST body and the
 * Kafka event go through the same rules, so both store the same readings. Every wrong field is named by its JSON
 * pointer ({@code /signals/3/observedAt}); a batch with one wrong field is refused whole.
 */
public record SignalBatch(String machineCode, String source, List<Signal> signals) {

    /** Most signals one request or event may carry: 40 machines a second fit easily, a runaway gateway does not. */
    public static final int MOST = 1000;
    /** How far ahead of our clock a machine's timestamp may be (clocks drift); further is a machine with a wrong clock. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private static final Pattern NAME = Pattern.compile("[A-Z0-9_]{1,64}");
    /** numeric(18, 6) in spirit: no exponent games, at most 12 digits before the point and 6 after */
    private static final int MOST_INTEGER_DIGITS = 12;
    private static final int MOST_FRACTION_DIGITS = 6;

    /** The checked batch, or the refusals: every field of the body that is wrong. */
    public record Checked(SignalBatch batch, List<FieldError> errors, List<FieldError> refusals) {

        public boolean valid() {
            return errors.isEmpty() && refusals.isEmpty();
        }
    }

    /** The REST body {@code {"machineCode","signals":[…]}}; {@code now} bounds observed times in the future. */
    public static Checked fromJson(JsonNode body, String source, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> refusals = new ArrayList<>();
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("/", "must be a JSON object with machineCode and signals"));
            return new Checked(null, errors, refusals);
        }
        String machine = FieldChecks.required(text(body.get("machineCode")), FieldChecks.CODE, "/machineCode", errors);
        JsonNode list = body.get("signals");
        List<Signal> signals = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            errors.add(new FieldError("/signals", "must be a list of at least one signal"));
        } else if (list.size() > MOST) {
            errors.add(new FieldError("/signals", "must hold at most " + MOST + " signals (it holds " + list.size() + ")"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                Signal signal = signal(list.get(i), "/signals/" + i, now, errors, refusals);
                if (signal != null) {
                    signals.add(signal);
                }
            }
        }
        return new Checked(new SignalBatch(machine, source, List.copyOf(signals)), errors, refusals);
    }

    /** The Kafka event; the same field rules, named as JSON pointers into the event's JSON form. */
    public static Checked fromEvent(MachineSignalsReported event, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> refusals = new ArrayList<>();
        String machine = FieldChecks.required(event.getMachineCode(), FieldChecks.CODE, "/machineCode", errors);
        List<Signal> signals = new ArrayList<>();
        if (event.getSignalsCount() == 0 || event.getSignalsCount() > MOST) {
            errors.add(new FieldError("/signals", "must hold 1 to " + MOST + " signals"));
        }
        for (int i = 0; i < event.getSignalsCount() && event.getSignalsCount() <= MOST; i++) {
            MachineSignal s = event.getSignals(i);
            String at = "/signals/" + i;
            Instant observed = observedAt(s.getObservedAt(), at, now, errors, refusals);
            Signal signal = switch (s.getReadingCase()) {
                case STATE -> state(observed, s.getState().getState(), s.getState().getStopCode(), at, errors);
                case COUNTER -> counter(observed, s.getCounter().getName(), s.getCounter().getValue(), at, errors);
                case SENSOR -> sensor(observed, s.getSensor().getName(), s.getSensor().getValue(), s.getSensor().getUnit(), at, errors);
                case READING_NOT_SET -> {
                    errors.add(new FieldError(at, "must carry a state, a counter or a sensor reading"));
                    yield null;
                }
            };
            if (signal != null) {
                signals.add(signal);
            }
        }
        String source = event.getSource().isBlank() ? "kafka" : event.getSource().trim();
        return new Checked(new SignalBatch(machine, source.length() > 200 ? source.substring(0, 200) : source, List.copyOf(signals)),
                errors, refusals);
    }

    private static Signal signal(JsonNode node, String at, Instant now, List<FieldError> errors, List<FieldError> refusals) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "must be an object"));
            return null;
        }
        int kinds = (node.has("state") ? 1 : 0) + (node.has("counter") ? 1 : 0) + (node.has("sensor") ? 1 : 0);
        if (kinds != 1) {
            errors.add(new FieldError(at, "must carry exactly one of state, counter or sensor"));
            return null;
        }
        Instant observed = observedAt(text(node.get("observedAt")), at, now, errors, refusals);
        if (node.has("state")) {
            return state(observed, text(node.get("state")), text(node.get("stopCode")), at, errors);
        }
        if (node.has("counter")) {
            JsonNode value = node.get("value");
            Long parsed = value == null ? null
                    : value.isIntegralNumber() && value.canConvertToLong() ? Long.valueOf(value.asLong())
                    : value.isTextual() ? wholeNumber(value.asText()) : null;
            if (parsed == null || parsed < 0) {
                errors.add(new FieldError(at + "/value", "must be a whole number of at least 0"));
                name(text(node.get("counter")), at + "/counter", errors);
                return null;
            }
            return counter(observed, text(node.get("counter")), parsed, at, errors);
        }
        JsonNode value = node.get("value");
        return sensor(observed, text(node.get("sensor")), value == null || value.isNull() ? null : value.asText(), text(node.get("unit")), at, errors);
    }

    private static Instant observedAt(String text, String at, Instant now, List<FieldError> errors, List<FieldError> refusals) {
        String field = at + "/observedAt";
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "is required: an ISO-8601 instant such as 2026-03-02T08:15:00Z"));
            return null;
        }
        Instant observed;
        try {
            observed = OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 instant with its offset, such as 2026-03-02T08:15:00Z"));
            return null;
        }
        if (observed.isAfter(now.plus(FUTURE_TOLERANCE))) {
            refusals.add(new FieldError(field, "is more than " + FUTURE_TOLERANCE.toMinutes()
                    + " minutes ahead of the plant's clock (" + now.truncatedTo(ChronoUnit.SECONDS) + "): check the machine's clock"));
            return null;
        }
        // PostgreSQL keeps microseconds: the natural key must be the instant as stored
        return observed.truncatedTo(ChronoUnit.MICROS);
    }

    private static Signal state(Instant observed, String state, String stopCode, String at, List<FieldError> errors) {
        String wanted = state == null ? "" : state.trim().toUpperCase(Locale.ROOT);
        MachineRunState run = switch (wanted) {
            case "RUNNING", "IDLE", "DOWN", "SETUP" -> MachineRunState.valueOf(wanted);
            default -> {
                errors.add(new FieldError(at + "/state", wanted.isEmpty() ? "is required: RUNNING, IDLE, DOWN or SETUP"
                        : "must be RUNNING, IDLE, DOWN or SETUP (UNKNOWN is what execution says of a silent machine)"));
                yield null;
            }
        };
        String code = FieldChecks.atMost(stopCode, FieldChecks.CODE, at + "/stopCode", errors);
        if (observed == null || run == null) {
            return null;
        }
        // a stop code belongs to a stop: what a running machine sends along is not kept
        return new Signal.State(observed, run, run == MachineRunState.DOWN ? code : null);
    }

    private static Signal counter(Instant observed, String name, long value, String at, List<FieldError> errors) {
        String checked = name(name, at + "/counter", errors);
        if (value < 0) {
            errors.add(new FieldError(at + "/value", "must be a whole number of at least 0"));
            return null;
        }
        return observed == null || checked == null ? null : new Signal.Counter(observed, checked, value);
    }

    private static Signal sensor(Instant observed, String name, String value, String unit, String at, List<FieldError> errors) {
        String checked = name(name, at + "/sensor", errors);
        BigDecimal number = decimal(value, at + "/value", errors);
        String u = FieldChecks.required(unit, FieldChecks.UNIT, at + "/unit", errors);
        return observed == null || checked == null || number == null || u == null ? null
                : new Signal.Sensor(observed, checked, number, u.toUpperCase(Locale.ROOT));
    }

    private static String name(String name, String at, List<FieldError> errors) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        if (!NAME.matcher(wanted).matches()) {
            errors.add(new FieldError(at, wanted.isEmpty() ? "is required, e.g. PARTS or TEMPERATURE"
                    : "must be letters, digits and _ (at most 64), e.g. PARTS or TEMPERATURE"));
            return null;
        }
        return wanted;
    }

    private static BigDecimal decimal(String text, String at, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(at, "is required: a decimal such as 71.3"));
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.scale() > MOST_FRACTION_DIGITS || value.precision() - value.scale() > MOST_INTEGER_DIGITS) {
                errors.add(new FieldError(at, "must have at most " + MOST_INTEGER_DIGITS + " digits before the point and "
                        + MOST_FRACTION_DIGITS + " after"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(at, "must be a decimal such as 71.3"));
            return null;
        }
    }

    private static Long wholeNumber(String text) {
        try {
            long value = Long.parseLong(text.trim());
            return value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
