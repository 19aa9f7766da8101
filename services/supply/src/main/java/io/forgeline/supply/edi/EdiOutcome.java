package io.forgeline.supply.edi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.forgeline.supply.purchasing.PurchaseOrder;
import io.forgeline.supply.purchasing.PurchaseOrderStatus;
import io.forgeline.supply.shipping.Asn;
import io.forgeline.supply.shipping.AsnStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What an interchange did, message by message: the answer to {@code POST /partner/v1/edi}. */
public record EdiOutcome(String interchangeReference, Instant receivedAt, List<MessageOutcome> messages) {

    /** What one message did. */
    public enum Action { CONFIRMATION, ASN_ACCEPTED, ASN_REPLACED, ASN_CANCELLED }

    /** The order an ORDRSP answered, or the ASN a DESADV announced, replaced or cancelled, as it is afterwards. */
    @JsonInclude(Include.NON_NULL)
    public record MessageOutcome(String messageReference, String messageType, Action action, UUID purchaseOrderId,
                                 String purchaseOrderNumber, PurchaseOrderStatus purchaseOrderStatus, UUID asnId, String asnNumber,
                                 AsnStatus asnStatus, Integer asnRevision) {

        static MessageOutcome confirmed(Interchange.Message m, PurchaseOrder order) {
            return new MessageOutcome(m.reference(), m.type(), Action.CONFIRMATION, order.id(), order.number(), order.status(),
                    null, null, null, null);
        }

        static MessageOutcome asn(Interchange.Message m, Action action, Asn asn) {
            return new MessageOutcome(m.reference(), m.type(), action, null, null, null, asn.id(), asn.asnNumber(), asn.status(),
                    asn.revision());
        }
    }
}
