package io.forgeline.quality.nonconformance;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The bodies people send about NCRs. */
public final class NcrRequests {

    private NcrRequests() {
    }

    /**
     * An NCR opened by hand: where it was found ({@code source}), the item and, when known, its lot and supplier, how
     * much (in the item's base unit unless {@code unit} names one the item master converts), defect codes, what is wrong.
     */
    public record Open(String source, String itemCode, String lot, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                       String unit, String supplierCode, List<String> defectCodes, String description, UUID inspectionLotId) {
    }

    /** What becomes of some of the material: USE_AS_IS, REWORK, REPAIR, SCRAP or RETURN_TO_SUPPLIER. */
    public record Dispose(String action, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String reason) {
    }

    /** One 8D discipline: who owns it, by when, what it says, and whether it is done. */
    public record WriteDiscipline(String owner, String dueOn, String content, Boolean done) {
    }

    /** A supplier's answer: containment, root cause, corrective action, and anything else; at least one of them. */
    public record Respond(String containment, String rootCause, String correctiveAction, String comment) {
    }
}
