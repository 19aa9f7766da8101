package io.forgeline.quality.inspectionlot;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An inspection lot as inspectors and engineers see it: the headline sample to draw ({@code sampleSize},
 * {@code inspectQuantity}, {@code acceptance}, {@code rejection}, {@code severity} of the characteristic that needs
 * the most units), each characteristic with its own plan and tally, the valuation so far, and the decision once made.
 */
public record LotView(UUID id, String number, String type, String itemCode, String supplierCode, String lot,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lotSize, String unit, List<String> handlingUnits,
                      String planCode, String scheme, String origin, String status, Instant openedAt, String openedBy,
                      Integer sampleSize, Integer inspectQuantity, Integer acceptance, Integer rejection, String severity,
                      String valuation, List<CharacteristicView> characteristics, DecisionView decision) {

    public record CharacteristicView(String code, String description, String kind, String defectClass,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lowerLimit,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal upperLimit, String unit,
                                     String severity, String codeLetter, int sampleSize, int inspectQuantity, int acceptance,
                                     int rejection, int inspected, int nonconforming, String valuation) {

        static CharacteristicView of(LotCharacteristic c) {
            return new CharacteristicView(c.code, c.description, c.kind, c.defectClass, tidy(c.lowerLimit), tidy(c.upperLimit), c.unit,
                    c.severity.toLowerCase(Locale.ROOT), c.codeLetter, c.sampleSize, c.inspectQuantity, c.acceptance, c.rejection,
                    c.inspected, c.nonconforming, c.valuation());
        }
    }

    /** A decision; {@code signature} is null for automatic ones. */
    public record DecisionView(UUID id, String outcome, boolean automatic, Instant decidedAt, String decidedBy, String comment,
                               List<UsageDecision.Disposition> dispositions, SignatureView signature) {

        static DecisionView of(UsageDecision decision) {
            return decision == null ? null : new DecisionView(decision.id, decision.outcome, decision.automatic, decision.decidedAt,
                    decision.decidedBy, decision.comment, decision.dispositions.lines(), decision.signedAt == null ? null
                    : new SignatureView(decision.decidedBy, decision.signerSubject, decision.signedAt, decision.signatureMeaning));
        }
    }

    public record SignatureView(String signedBy, String subject, Instant signedAt, String meaning) {
    }

    public static LotView of(InspectionLot lot, UsageDecision decision) {
        List<CharacteristicView> characteristics = lot.characteristics.stream().map(CharacteristicView::of).toList();
        LotCharacteristic headline = lot.characteristics.isEmpty() ? null : LotSampling.headline(lot.characteristics);
        return new LotView(lot.id, lot.number, lot.inspectionType, lot.itemCode, lot.supplierCode, lot.lot, tidy(lot.lotSize), lot.unit,
                lot.handlingUnitList(), lot.planCode, lot.scheme, lot.origin.name(), lot.status, lot.openedAt, lot.openedBy,
                headline == null ? null : headline.sampleSize, headline == null ? null : headline.inspectQuantity,
                headline == null ? null : headline.acceptance, headline == null ? null : headline.rejection,
                headline == null ? null : headline.severity.toLowerCase(Locale.ROOT), lot.valuation(), characteristics, DecisionView.of(decision));
    }
}
