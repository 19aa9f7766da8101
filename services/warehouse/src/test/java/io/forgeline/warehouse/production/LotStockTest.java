package io.forgeline.warehouse.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.MaterialConsumed;
import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.contracts.quality.v1.HoldPlaced;
import io.forgeline.contracts.warehouse.v1.LotBalance;
import io.forgeline.contracts.warehouse.v1.LotStockGrpc;
import io.forgeline.contracts.warehouse.v1.LotStockGrpc.LotStockBlockingStub;
import io.forgeline.contracts.warehouse.v1.LotStockReply;
import io.forgeline.contracts.warehouse.v1.LotStockRequest;
import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.ServiceCalls;
import io.forgeline.testing.Tokens;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shop floor's look at a scanned lot (gRPC LotStock), over the real call with execution's service token. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class LotStockTest {

    @TestHTTPResource("/")
    URL root;

    private LotStockBlockingStub grpc(String token) {
        LotStockBlockingStub stub = LotStockGrpc.newBlockingStub(ServiceCalls.channel(root))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
        return token == null ? stub : stub.withCallCredentials(ServiceCalls.as(token));
    }

    private LotStockReply asExecution(LotStockRequest request) {
        return grpc(ServiceCalls.service("execution")).getLotStock(request);
    }

    private static String newItem(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String newLot() {
        return "L-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Sscc newSscc() {
        return Sscc.of(0, "4012345", ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
    }

    private static void opening(String item, String lot, String bin, String quantity, String status, String expiresOn, String sscc) {
        Map<String, Object> line = new HashMap<>(Map.of("itemCode", item, "lot", lot, "location", bin, "quantity", quantity, "unit", "PCE",
                "status", status));
        if (expiresOn != null) {
            line.put("expiresOn", expiresOn);
        }
        if (sscc != null) {
            line.put("handlingUnit", sscc);
        }
        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON).body(Map.of("lines", List.of(line)))
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
    }

    /** A balance as "bin status quantity expires-on [staged] [sscc] [hold]", e.g. "ST-ASM-01 AVAILABLE 10 2031-01-31 staged". */
    private static String line(LotBalance balance) {
        return balance.getBin() + " " + balance.getStatus() + " " + balance.getQuantity().getAmount() + " "
                + (balance.getExpiresOn().isEmpty() ? "-" : balance.getExpiresOn())
                + (balance.getStaged() ? " staged" : "")
                + (balance.getSscc().isEmpty() ? "" : " " + balance.getSscc())
                + (balance.getHold().isEmpty() ? "" : " " + balance.getHold());
    }

    private static List<String> lines(LotStockReply reply) {
        return reply.getBalancesList().stream().map(LotStockTest::line).toList();
    }

    private static LotStockRequest.Builder lot(String item, String lot) {
        return LotStockRequest.newBuilder().setItemCode(item).setLot(lot).setWorkCenterCode("ASM-01");
    }

    private static List<Map<String, Object>> issues(String item) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", item).when().get("/api/warehouse/ledger")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("movements").stream()
                .filter(movement -> "ISSUE".equals(movement.get("type"))).toList();
    }

    @Test
    void a_lot_on_two_bins_shows_each_balance_with_its_status_expiry_and_whether_it_is_staged_at_the_work_center() {
        String item = newItem("PIN-");
        String lot = newLot();
        opening(item, lot, "ST-ASM-01", "10", "AVAILABLE", "2031-01-31", null);
        opening(item, lot, "QA-01", "4.5", "QUARANTINE", "2031-01-31", null);
        opening(item, newLot(), "B-02-04", "7", "AVAILABLE", "2031-01-31", null);

        LotStockReply atAssembly = asExecution(lot(item, lot).build());

        assertThat(lines(atAssembly)).containsExactly("QA-01 QUARANTINE 4.5 2031-01-31", "ST-ASM-01 AVAILABLE 10 2031-01-31 staged");
        assertThat(atAssembly.getBalancesList()).allSatisfy(balance -> {
            assertThat(balance.getItemCode()).isEqualTo(item);
            assertThat(balance.getLot()).isEqualTo(lot);
            assertThat(balance.getQuantity().getUnit()).isEqualTo("PCE");
        });
        // staged means at the work center asked about: assembly's staging bin is not the lathe's
        assertThat(asExecution(lot(item, lot).setWorkCenterCode("CNC-01").build()).getBalancesList())
                .noneMatch(LotBalance::getStaged).hasSize(2);
    }

    @Test
    void blocked_stock_names_the_hold_that_keeps_it_blocked_and_stock_blocked_otherwise_names_none() {
        String item = newItem("PIN-");
        String lot = newLot();
        opening(item, lot, "B-02-04", "6", "AVAILABLE", null, null);
        opening(item, lot, "QA-01", "2", "BLOCKED", null, null);
        HoldPlaced hold = HoldPlaced.newBuilder().setHoldId(UUID.randomUUID().toString())
                .setHoldNumber("HOLD-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999))
                .setItemCode(item).setLot(lot).setSupplierCode("ACME").setReason("suspected burr").setPlacedBy("qe-lin")
                .setPlacedAt(Instant.now().toString()).build();
        KafkaProbe.send("quality.holds.v1", item, hold.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.quality.hold-placed.v1"));

        List<String> expected = List.of("B-02-04 BLOCKED 6 - " + hold.getHoldNumber(), "QA-01 BLOCKED 2 -");
        Eventually.within(Eventually.EVENT_APPLIED, () -> lines(asExecution(lot(item, lot).build())).equals(expected),
                "the lot blocked under " + hold.getHoldNumber());
    }

    @Test
    void a_handling_unit_scanned_shows_only_what_it_holds() {
        String item = newItem("PIN-");
        String lot = newLot();
        Sscc pallet = newSscc();
        Sscc other = newSscc();
        opening(item, lot, "B-02-04", "5", "AVAILABLE", null, null);
        opening(item, lot, "B-02-04", "20", "AVAILABLE", null, pallet.value());
        opening(item, lot, "ST-ASM-01", "30", "AVAILABLE", null, other.value());

        LotStockReply unit = asExecution(LotStockRequest.newBuilder().setSscc(pallet.value()).setWorkCenterCode("ASM-01").build());

        assertThat(lines(unit)).containsExactly("B-02-04 AVAILABLE 20 - " + pallet.value());
        assertThat(unit.getBalances(0).getItemCode()).isEqualTo(item);
        assertThat(lines(asExecution(lot(item, lot).build()))).containsExactly(
                "B-02-04 AVAILABLE 5 -", "B-02-04 AVAILABLE 20 - " + pallet.value(), "ST-ASM-01 AVAILABLE 30 - staged " + other.value());
        // a lot given with the unit narrows it: the unit holds none of another lot
        assertThat(asExecution(LotStockRequest.newBuilder().setSscc(pallet.value()).setLot(newLot()).build()).getBalancesList()).isEmpty();
    }

    @Test
    void an_sscc_with_a_wrong_check_digit_is_an_invalid_argument_naming_the_sscc() {
        String wrong = newSscc().value();
        wrong = wrong.substring(0, 17) + (char) ('0' + (wrong.charAt(17) - '0' + 1) % 10);
        String scanned = wrong;

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> asExecution(LotStockRequest.newBuilder().setSscc(scanned).build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(refused.getStatus().getDescription()).startsWith("sscc:");
    }

    @Test
    void a_serialised_unit_scanned_shows_the_lot_it_was_made_in() {
        String item = newItem("PLAIN-");
        String serial = "SN-" + UUID.randomUUID().toString().substring(0, 8);
        opening(item, newLot(), "B-02-04", "9", "AVAILABLE", null, null);
        ProductionOutputReported output = ProductionOutputReported.newBuilder().setOutputId(UUID.randomUUID().toString())
                .setOrderId(UUID.randomUUID().toString()).setOrderNumber("MO-S1").setOperationSequence(30).setWorkCenterCode("ASM-01")
                .setItemCode(item).setLot("F-" + item).setQuantity(Quantity.newBuilder().setAmount("2").setUnit("PCE"))
                .addSerialNumbers(serial + "-1").addSerialNumbers(serial + "-2")
                .setReportedAt(Instant.now().toString()).setReportedBy("operator").build();
        KafkaProbe.send("execution.production-output.v1", output.getOrderId(), output.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), Outputs.REPORTED));
        LotStockRequest bySerial = LotStockRequest.newBuilder().setItemCode(item).setSerial(serial + "-2").setWorkCenterCode("ASM-01").build();

        Eventually.within(Eventually.EVENT_APPLIED, () -> asExecution(bySerial).getBalancesCount() > 0, "the finished lot received");

        LotStockReply reply = asExecution(bySerial);
        assertThat(reply.getBalancesList()).extracting(LotBalance::getLot).containsOnly("F-" + item);
        assertThat(lines(reply)).containsExactly("ST-ASM-01 AVAILABLE 2 - staged");
        assertThat(asExecution(bySerial.toBuilder().setSerial(serial + "-9").build()).getBalancesList()).as("a serial never produced").isEmpty();
    }

    @Test
    void a_serial_without_its_item_is_an_invalid_argument_naming_the_item() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> asExecution(LotStockRequest.newBuilder().setSerial("SN-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(refused.getStatus().getDescription()).startsWith("item_code:");
    }

    @Test
    void a_bare_lot_number_shows_that_lot_of_every_item_carrying_it() {
        String lot = newLot();
        String pins = newItem("PIN-");
        String bolts = newItem("BOLT-");
        opening(pins, lot, "B-02-04", "3", "AVAILABLE", null, null);
        opening(bolts, lot, "ST-ASM-01", "8", "AVAILABLE", null, null);

        LotStockReply reply = asExecution(LotStockRequest.newBuilder().setLot(lot).setWorkCenterCode("ASM-01").build());

        assertThat(reply.getBalancesList()).extracting(balance -> balance.getItemCode() + " " + line(balance))
                .containsExactlyInAnyOrder(pins + " B-02-04 AVAILABLE 3 -", bolts + " ST-ASM-01 AVAILABLE 8 - staged");
    }

    @Test
    void an_unknown_lot_has_no_balances_and_is_no_error() {
        LotStockReply reply = asExecution(lot(newItem("PIN-"), newLot()).addConsumptionIds(UUID.randomUUID().toString()).build());

        assertThat(reply.getBalancesList()).isEmpty();
        assertThat(reply.getIssuedConsumptionIdsList()).isEmpty();
    }

    @Test
    void a_consumption_once_issued_is_reported_issued_and_is_not_issued_again_under_another_event_id() {
        String item = newItem("PIN-");
        String lot = newLot();
        opening(item, lot, "ST-ASM-01", "10", "AVAILABLE", null, null);
        String order = UUID.randomUUID().toString();
        MaterialConsumed consumed = consumption(order, item, lot, "3");
        String notYet = UUID.randomUUID().toString();
        publish(consumed, UUID.randomUUID().toString());

        LotStockRequest asked = lot(item, lot).addConsumptionIds(consumed.getConsumptionId()).addConsumptionIds(notYet).build();
        Eventually.within(Eventually.EVENT_APPLIED, () -> !asExecution(asked).getIssuedConsumptionIdsList().isEmpty(), "the consumption issued");

        LotStockReply issued = asExecution(asked);
        assertThat(issued.getIssuedConsumptionIdsList()).containsExactly(consumed.getConsumptionId());
        assertThat(lines(issued)).containsExactly("ST-ASM-01 AVAILABLE 7 - staged");

        // the same consumption again under a new event id (execution republished it), then one more of the same order:
        // same key, same partition, so once the second is issued the repeat has been dealt with
        publish(consumed, UUID.randomUUID().toString());
        MaterialConsumed next = consumption(order, item, lot, "1");
        publish(next, UUID.randomUUID().toString());
        LotStockRequest askedNext = lot(item, lot).addConsumptionIds(next.getConsumptionId()).build();
        Eventually.within(Eventually.EVENT_APPLIED, () -> !asExecution(askedNext).getIssuedConsumptionIdsList().isEmpty(), "the next consumption issued");

        assertThat(issues(item)).extracting(m -> (Object) ((Map<?, ?>) m.get("quantity")).get("amount")).containsExactly("-3", "-1");
        assertThat(lines(asExecution(asked))).containsExactly("ST-ASM-01 AVAILABLE 6 - staged");
    }

    private static MaterialConsumed consumption(String order, String item, String lot, String quantity) {
        return MaterialConsumed.newBuilder().setConsumptionId(UUID.randomUUID().toString()).setOrderId(order).setOrderNumber("MO-L1")
                .setOperationSequence(10).setWorkCenterCode("ASM-01").setItemCode(item).setLot(lot)
                .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")).setConsumedAt(Instant.now().toString())
                .setConsumedBy("operator").build();
    }

    private static void publish(MaterialConsumed consumption, String ceId) {
        KafkaProbe.send("execution.material-consumptions.v1", consumption.getOrderId(), consumption.toByteArray(),
                KafkaProbe.cloudEvent(ceId, Consumptions.CONSUMED));
    }

    @Test
    void an_item_asked_at_a_work_center_shows_its_released_stock_staged_there() {
        String item = newItem("PIN-");
        opening(item, newLot(), "ST-ASM-01", "10", "AVAILABLE", "2031-01-31", null);
        opening(item, newLot(), "ST-ASM-01", "3", "QUARANTINE", "2031-01-31", null);
        opening(item, newLot(), "B-02-04", "7", "AVAILABLE", "2031-01-31", null);

        LotStockReply staged = asExecution(LotStockRequest.newBuilder().setItemCode(item).setWorkCenterCode("ASM-01").build());

        assertThat(lines(staged)).containsExactly("ST-ASM-01 AVAILABLE 10 2031-01-31 staged");
    }

    @Test
    void a_request_that_names_no_stock_is_an_invalid_argument_naming_the_lot() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> asExecution(LotStockRequest.newBuilder().setItemCode("PIN-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(refused.getStatus().getDescription()).startsWith("lot:");
    }

    @Test
    void a_consumption_id_that_is_not_a_uuid_is_an_invalid_argument_naming_it() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> asExecution(lot("PIN-1", "L-1").addConsumptionIds("scan-42").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(refused.getStatus().getDescription()).isEqualTo("consumption_ids[0]: \"scan-42\" is not a UUID");
    }

    @Test
    void a_call_without_a_token_is_unauthenticated() {
        assertThatThrownBy(() -> grpc(null).getLotStock(lot("PIN-1", "L-1").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void only_the_shop_floor_may_ask_and_not_a_person_with_a_valid_token() {
        for (String token : List.of(ServiceCalls.service("scheduling"), Tokens.user("clerk"))) {
            assertThatThrownBy(() -> grpc(token).getLotStock(lot("PIN-1", "L-1").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
    }
}
