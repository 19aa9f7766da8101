package io.forgeline.quality.inspectionplan;

import static io.forgeline.platform.quantity.Decimals.tidy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a plan revision says, without who wrote it when: two revisions with equal content are the same plan, so
 * sending a plan again as it stands changes nothing. Decimals are tidy (1.0 = 1.00) for that comparison.
 */
record PlanContent(String itemCode, InspectionType inspectionType, String supplierCode, Integer operationSequence, String scheme,
                   BigDecimal aql, String inspectionLevel, List<CharacteristicContent> characteristics) {

    record CharacteristicContent(String code, String description, CharacteristicKind kind, DefectClass defectClass,
                                 SamplingMethod sampling, BigDecimal nominal, BigDecimal lowerLimit, BigDecimal upperLimit, String unit,
                                 BigDecimal aql, String inspectionLevel, Integer fixedSample, String gauge) {

        static CharacteristicContent of(Characteristic c) {
            return new CharacteristicContent(c.code, c.description, c.kind, c.defectClass, c.sampling, tidy(c.nominal), tidy(c.lowerLimit),
                    tidy(c.upperLimit), c.unit, tidy(c.aql), c.inspectionLevel, c.fixedSample, c.gauge);
        }

        Characteristic toCharacteristic(int position) {
            Characteristic c = new Characteristic();
            c.position = position;
            c.code = code;
            c.description = description;
            c.kind = kind;
            c.defectClass = defectClass;
            c.sampling = sampling;
            c.nominal = nominal;
            c.lowerLimit = lowerLimit;
            c.upperLimit = upperLimit;
            c.unit = unit;
            c.aql = aql;
            c.inspectionLevel = inspectionLevel;
            c.fixedSample = fixedSample;
            c.gauge = gauge;
            return c;
        }
    }

    static PlanContent of(InspectionPlan plan) {
        return new PlanContent(plan.itemCode, plan.inspectionType, plan.supplierCode, plan.operationSequence, plan.scheme, tidy(plan.aql),
                plan.inspectionLevel, plan.characteristics.stream().map(CharacteristicContent::of).toList());
    }

    /** Whether a plan's next revision would inspect something else: a plan keeps its item, type, supplier and operation. */
    boolean sameSubject(InspectionPlan plan) {
        return itemCode.equals(plan.itemCode) && inspectionType == plan.inspectionType
                && java.util.Objects.equals(supplierCode, plan.supplierCode) && java.util.Objects.equals(operationSequence, plan.operationSequence);
    }

    /** A new, active revision with this content. */
    InspectionPlan revision(String code, int revision, String note, String author, java.time.Instant at) {
        InspectionPlan plan = new InspectionPlan();
        plan.id = UUID.randomUUID();
        plan.code = code;
        plan.revision = revision;
        plan.itemCode = itemCode;
        plan.inspectionType = inspectionType;
        plan.supplierCode = supplierCode;
        plan.operationSequence = operationSequence;
        plan.scheme = scheme;
        plan.aql = aql;
        plan.inspectionLevel = inspectionLevel;
        plan.active = true;
        plan.note = note;
        plan.createdAt = at;
        plan.createdBy = author;
        for (int i = 0; i < characteristics.size(); i++) {
            plan.characteristics.add(characteristics.get(i).toCharacteristic(i + 1));
        }
        return plan;
    }
}
