package io.forgeline.execution.instructions;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.NAME;
import static io.forgeline.platform.problem.FieldChecks.NOTE;
import static io.forgeline.platform.problem.FieldChecks.UNIT;
import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A work instruction as a planner sends it: {@code {"steps":[{"text","textZh","image"}],"fields":[{"code","label",
 * "labelZh","kind","unit","lowerLimit","upperLimit","required"}]}}. Limits are decimals as text (or JSON numbers).
 */
public record DefineWorkInstruction(List<StepRequest> steps, List<FieldRequest> fields) {

    /** Enough for any routing operation; bounded so one request cannot hold the database hostage. */
    static final int MOST_STEPS = 100;
    static final int MOST_FIELDS = 50;
    /** Upper-case letters, digits, '-' and '_': a field code becomes a control chart's characteristic at quality. */
    static final Pattern FIELD_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");

    public record StepRequest(String text, String textZh, String image) {
    }

    public record FieldRequest(String code, String label, String labelZh, String kind, String unit, String lowerLimit,
                               String upperLimit, Boolean required) {
    }

    /** The content with every field checked; each wrong one is added to {@code errors} under its JSON pointer. */
    InstructionContent checked(List<FieldError> errors) {
        List<StepRequest> givenSteps = steps == null ? List.of() : steps;
        List<FieldRequest> givenFields = fields == null ? List.of() : fields;
        if (givenSteps.isEmpty() && givenFields.isEmpty()) {
            errors.add(new FieldError("/steps", "is required: at least one step or one field"));
        }
        if (givenSteps.size() > MOST_STEPS) {
            errors.add(new FieldError("/steps", "must be at most " + MOST_STEPS + " steps"));
        }
        if (givenFields.size() > MOST_FIELDS) {
            errors.add(new FieldError("/fields", "must be at most " + MOST_FIELDS + " fields"));
        }
        List<InstructionContent.Step> checkedSteps = new ArrayList<>();
        for (int i = 0; i < givenSteps.size(); i++) {
            checkedSteps.add(step(givenSteps.get(i), "/steps/" + i, errors));
        }
        List<InstructionContent.Field> checkedFields = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < givenFields.size(); i++) {
            InstructionContent.Field field = field(givenFields.get(i), "/fields/" + i, errors);
            if (field != null && field.code() != null && !codes.add(field.code())) {
                errors.add(new FieldError("/fields/" + i + "/code", field.code() + " is given twice: field codes are unique per operation"));
            }
            checkedFields.add(field);
        }
        return new InstructionContent(checkedSteps, checkedFields);
    }

    /** The image names the steps use, with where each is named. */
    List<ImageRef> images() {
        List<ImageRef> refs = new ArrayList<>();
        for (int i = 0; steps != null && i < steps.size(); i++) {
            String image = steps.get(i) == null ? null : FieldChecks.blankIsNull(steps.get(i).image());
            if (image != null) {
                refs.add(new ImageRef(image, "/steps/" + i + "/image"));
            }
        }
        return refs;
    }

    record ImageRef(String name, String at) {
    }

    private static InstructionContent.Step step(StepRequest step, String at, List<FieldError> errors) {
        if (step == null) {
            errors.add(new FieldError(at, "is required: {\"text\":\"…\"}"));
            return null;
        }
        String image = FieldChecks.blankIsNull(step.image());
        if (image != null && !ImageName.isValid(image)) {
            errors.add(new FieldError(at + "/image", ImageName.RULE));
        }
        return new InstructionContent.Step(required(step.text(), NOTE, at + "/text", errors), atMost(step.textZh(), NOTE, at + "/textZh", errors),
                image);
    }

    private static InstructionContent.Field field(FieldRequest field, String at, List<FieldError> errors) {
        if (field == null) {
            errors.add(new FieldError(at, "is required: {\"code\":\"…\",\"label\":\"…\",\"kind\":\"MEASUREMENT\"}"));
            return null;
        }
        String code = required(field.code(), CODE, at + "/code", errors);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!FIELD_CODE.matcher(code).matches()) {
                errors.add(new FieldError(at + "/code", "must be upper-case letters, digits, '-' and '_'"));
            }
        }
        FieldKind kind = FieldChecks.oneOf(FieldKind.class, field.kind(), at + "/kind", errors);
        String unit = atMost(field.unit(), UNIT, at + "/unit", errors);
        BigDecimal lower = Decimal.read(field.lowerLimit(), at + "/lowerLimit", errors);
        BigDecimal upper = Decimal.read(field.upperLimit(), at + "/upperLimit", errors);
        if (kind == FieldKind.CHECKBOX) {
            onlyMeasured(field.unit(), at + "/unit", "has a unit", errors);
            onlyMeasured(field.lowerLimit(), at + "/lowerLimit", "has limits", errors);
            onlyMeasured(field.upperLimit(), at + "/upperLimit", "has limits", errors);
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            errors.add(new FieldError(at + "/lowerLimit", "must not be above the upper limit " + upper.toPlainString()));
        }
        return new InstructionContent.Field(code, required(field.label(), NAME, at + "/label", errors),
                atMost(field.labelZh(), NAME, at + "/labelZh", errors), kind, unit, lower, upper, Boolean.TRUE.equals(field.required()));
    }

    private static void onlyMeasured(String value, String at, String what, List<FieldError> errors) {
        if (FieldChecks.blankIsNull(value) != null) {
            errors.add(new FieldError(at, "only a measurement " + what + ": a checkbox is ticked or not"));
        }
    }
}
