package io.forgeline.systemtests;

import static io.forgeline.systemtests.Plant.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finished lots reach stock: warehouse asks the real quality service (gRPC, with its own service token) whether the
 * item is inspected at the end. Execution will publish {@code ProductionOutputReported} from the operator terminal (its
 * issue); until then this test publishes the contract as execution will, written field by field as
 * api-contracts' {@code forgeline/execution/v1/materials.proto} numbers them (the system tests compile no protos).
 */
class ProductionReceiptTest {

    private static final String TOPIC = "execution.production-output.v1";
    private static final String REPORTED = "io.forgeline.execution.production-output-reported.v1";

    /** Up before anything is published: the suite starts each consumer group at the end of what is there already. */
    @BeforeAll
    static void theSuiteRuns() {
        Suite.get();
    }

    /** Publishes ProductionOutputReported of {@code quantity} PCE of the item's lot off TST-01, operation 30. */
    private static void reported(String item, String lot, String quantity) {
        String orderId = UUID.randomUUID().toString();
        KafkaProbe.send(TOPIC, orderId, outputReported(orderId, item, lot, quantity), KafkaProbe.cloudEvent(UUID.randomUUID().toString(), REPORTED));
    }

    private static byte[] outputReported(String orderId, String item, String lot, String quantity) {
        try {
            ByteString.Output amount = ByteString.newOutput();
            CodedOutputStream q = CodedOutputStream.newInstance(amount);
            q.writeString(1, quantity); // forgeline.common.v1.Quantity amount
            q.writeString(2, "PCE");    // unit
            q.flush();
            ByteString.Output bytes = ByteString.newOutput();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.writeString(1, UUID.randomUUID().toString()); // output_id
            out.writeString(2, orderId);                       // order_id
            out.writeString(3, "MO-PR");                       // order_number
            out.writeInt32(4, 30);                             // operation_sequence
            out.writeString(5, "TST-01");                      // work_center_code
            out.writeString(6, item);                          // item_code
            out.writeString(7, lot);                           // lot
            out.writeBytes(8, amount.toByteString());          // quantity
            out.writeString(11, Instant.now().toString());     // reported_at
            out.writeString(12, "operator");                   // reported_by
            out.flush();
            return bytes.toByteString().toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of {@code lot} in the stock view once it is there. */
    private static Map<String, Object> lotInStock(String item, String lot) {
        Eventually.within(Eventually.EVENT_APPLIED, () -> lines(item, lot).size() == 1, lot + " in stock");
        return lines(item, lot).get(0);
    }

    private static List<Map<String, Object>> lines(String item, String lot) {
        return as("clerk").queryParam("itemCode", item).when().get("/api/warehouse/stock").then().statusCode(200).extract().jsonPath()
                .getList("lots.findAll { it.lot == '" + lot + "' }");
    }

    @Test
    void a_gearbox_lot_waits_in_quarantine_for_its_final_inspection_and_an_uninspected_item_is_available_at_once() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        reported("GEARBOX-A", "FG-" + run, "6");
        // an item of its own: available shafts or bearings of the demo are what other tests count
        String plain = "PLAIN-" + run;
        reported(plain, "FP-" + run, "4");

        Map<String, Object> gearboxes = lotInStock("GEARBOX-A", "FG-" + run);
        assertThat(gearboxes).as("quality has a final plan for GEARBOX-A").containsEntry("status", "QUARANTINE").containsEntry("location", "ST-TST-01");
        assertThat(gearboxes.get("quantity")).as("the stock view's quantity").isEqualTo(Map.of("amount", "6", "unit", "PCE"));
        assertThat(lotInStock(plain, "FP-" + run)).as("no final plan for " + plain).containsEntry("status", "AVAILABLE");
    }
}
