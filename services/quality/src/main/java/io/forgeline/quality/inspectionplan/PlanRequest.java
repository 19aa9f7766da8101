package io.forgeline.quality.inspectionplan;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.NAME;
import static io.forgeline.platform.problem.FieldChecks.NOTE;
import static io.forgeline.platform.problem.FieldChecks.UNIT;
import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.blankIsNull;
import static io.forgeline.platform.problem.FieldChecks.oneOf;
import static io.forgeline.platform.problem.FieldChecks.required;
import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.quality.sampling.Aql;
import io.forgeline.quality.sampling.InspectionLevel;
import io.forgeline.quality.sampling.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plan as a quality engineer writes it: what item (and, for incoming goods, optionally which supplier's deliveries)
 * and which inspection it is for, the sampling under a scheme, and the characteristics. {@link #content()} checks it
 * whole and names every field that is wrong, as JSON pointers.
 */
public record PlanRequest(String itemCode, String inspectionType, String supplierCode, Integer operationSequence, String scheme,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal aql, String inspectionLevel,
                          List<CharacteristicRequest> characteristics, String note) {

    /** One characteristic; an absent kind is VARIABLE when limits are given, else ATTRIBUTE. */
    public record CharacteristicRequest(String code, String description, String kind, String defectClass, String sampling,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nominal,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lowerLimit,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal upperLimit, String unit,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal aql, String inspectionLevel,
                                        Integer fixedSample, String gauge) {
    }

    /** The plan's content, checked; refused whole with a 400 naming every wrong field. */
    public PlanContent content() {
        List<FieldError> errors = new ArrayList<>();
        String item = required(itemCode, CODE, "/itemCode", errors);
        InspectionType type = oneOf(InspectionType.class, inspectionType, "/inspectionType", errors);
        String supplier = atMost(supplierCode, CODE, "/supplierCode", errors);
        atMost(note, NOTE, "/note", errors);
        if (supplier != null && type != null && type != InspectionType.INCOMING) {
            errors.add(new FieldError("/supplierCode", "only incoming plans are a supplier's own"));
        }
        if (type == InspectionType.IN_PROCESS && (operationSequence == null || operationSequence <= 0)) {
            errors.add(new FieldError("/operationSequence", "is required for an in-process plan: the routing operation it inspects at"));
        } else if (type != null && type != InspectionType.IN_PROCESS && operationSequence != null) {
            errors.add(new FieldError("/operationSequence", "only in-process plans inspect at a routing operation"));
        }
        String schemeId = blankIsNull(scheme) == null ? Scheme.ISO_2859_1.id() : scheme.trim();
        if (Scheme.byId(schemeId).isEmpty()) {
            errors.add(new FieldError("/scheme", "must be ISO2859-1 or Z1.4"));
        }
        BigDecimal planAql = aql("/aql", aql, true, errors);
        String planLevel = level("/inspectionLevel", inspectionLevel, true, errors);
        List<PlanContent.CharacteristicContent> checked = new ArrayList<>();
        if (characteristics == null || characteristics.isEmpty()) {
            errors.add(new FieldError("/characteristics", "name at least one characteristic to inspect"));
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < characteristics.size(); i++) {
                CharacteristicRequest given = characteristics.get(i);
                String code = given == null ? null : blankIsNull(given.code());
                if (code != null && !codes.add(code)) {
                    errors.add(new FieldError("/characteristics/" + i + "/code", code + " is named twice"));
                }
                checked.add(characteristic("/characteristics/" + i, given, errors));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return new PlanContent(item, type, supplier, type == InspectionType.IN_PROCESS ? operationSequence : null, schemeId, planAql,
                planLevel, List.copyOf(checked));
    }

    private static PlanContent.CharacteristicContent characteristic(String at, CharacteristicRequest c, List<FieldError> errors) {
        if (c == null) {
            errors.add(new FieldError(at, "is empty"));
            return null;
        }
        int before = errors.size();
        String code = required(c.code(), CODE, at + "/code", errors);
        String description = required(c.description(), NAME, at + "/description", errors);
        String unit = atMost(c.unit(), UNIT, at + "/unit", errors);
        String gauge = atMost(c.gauge(), NAME, at + "/gauge", errors);
        boolean limited = c.lowerLimit() != null || c.upperLimit() != null;
        CharacteristicKind kind = blankIsNull(c.kind()) == null ? (limited ? CharacteristicKind.VARIABLE : CharacteristicKind.ATTRIBUTE)
                : oneOf(CharacteristicKind.class, c.kind(), at + "/kind", errors);
        if (kind == CharacteristicKind.VARIABLE && !limited) {
            errors.add(new FieldError(at + "/lowerLimit", "a measured characteristic needs a lower or an upper limit"));
        }
        if (kind == CharacteristicKind.ATTRIBUTE && (limited || c.nominal() != null)) {
            errors.add(new FieldError(at + "/kind", "an attribute is judged conforming or not: give VARIABLE to a characteristic with limits"));
        }
        if (c.lowerLimit() != null && c.upperLimit() != null && c.lowerLimit().compareTo(c.upperLimit()) > 0) {
            errors.add(new FieldError(at + "/lowerLimit", "must not be above the upper limit"));
        }
        if (c.nominal() != null && ((c.lowerLimit() != null && c.nominal().compareTo(c.lowerLimit()) < 0)
                || (c.upperLimit() != null && c.nominal().compareTo(c.upperLimit()) > 0))) {
            errors.add(new FieldError(at + "/nominal", "must lie within the limits"));
        }
        DefectClass defectClass = blankIsNull(c.defectClass()) == null ? DefectClass.MAJOR
                : oneOf(DefectClass.class, c.defectClass(), at + "/defectClass", errors);
        SamplingMethod sampling = blankIsNull(c.sampling()) == null ? SamplingMethod.AQL
                : oneOf(SamplingMethod.class, c.sampling(), at + "/sampling", errors);
        if (sampling == SamplingMethod.FIXED && (c.fixedSample() == null || c.fixedSample() <= 0)) {
            errors.add(new FieldError(at + "/fixedSample", "is required for a fixed sample: how many units, at least 1"));
        } else if (sampling != SamplingMethod.FIXED && c.fixedSample() != null) {
            errors.add(new FieldError(at + "/fixedSample", "is only for sampling FIXED"));
        }
        if (sampling != SamplingMethod.AQL && (c.aql() != null || blankIsNull(c.inspectionLevel()) != null)) {
            errors.add(new FieldError(at + "/sampling", "an AQL or inspection level is only for sampling AQL"));
        }
        BigDecimal ownAql = aql(at + "/aql", c.aql(), false, errors);
        String ownLevel = level(at + "/inspectionLevel", c.inspectionLevel(), false, errors);
        if (errors.size() > before) {
            return null;
        }
        return new PlanContent.CharacteristicContent(code, description, kind, defectClass, sampling, tidy(c.nominal()),
                tidy(c.lowerLimit()), tidy(c.upperLimit()), unit, ownAql, ownLevel, c.fixedSample(), gauge);
    }

    private static BigDecimal aql(String at, BigDecimal value, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(at, "is required: one of " + Aql.series()));
            }
            return null;
        }
        return Aql.of(value).map(a -> tidy(a.value())).orElseGet(() -> {
            errors.add(new FieldError(at, "must be one of " + Aql.series()));
            return null;
        });
    }

    private static String level(String at, String value, boolean required, List<FieldError> errors) {
        if (blankIsNull(value) == null) {
            if (required) {
                errors.add(new FieldError(at, "is required: I, II, III or S-1 to S-4"));
            }
            return null;
        }
        return InspectionLevel.byId(value).map(InspectionLevel::id).orElseGet(() -> {
            errors.add(new FieldError(at, "must be I, II, III or S-1 to S-4"));
            return null;
        });
    }
}
