package io.forgeline.warehouse.receiving;

import java.util.List;
import java.util.UUID;

/**
 * What an RFID portal read came to: the handling units of the ASN received with it, those received before, those
 * announced but not read, SSCCs read that the ASN does not announce, and reads that name no handling unit.
 */
public record PortalReadView(UUID id, UUID asnId, String asnNumber, List<String> received, List<String> alreadyReceived,
                             List<String> missing, List<String> unexpected, List<RfidReconciliation.Unreadable> unreadable) {
}
