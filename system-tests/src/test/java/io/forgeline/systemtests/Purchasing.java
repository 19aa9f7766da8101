package io.forgeline.systemtests;

import com.google.protobuf.CodedOutputStream;
import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/** Purchase orders and ASNs arranged through the gateway, as a buyer and as ACME's system would make them. */
final class Purchasing {

    static final String ITEM = "BEARING-6204";

    private Purchasing() {
    }

    static RequestSpecification buyer() {
        return Plant.as("buyer");
    }

    static RequestSpecification acme() {
        return Plant.asSupplier("supplier-acme", "acme-secret");
    }

    static String order(String quantity, boolean send) {
        return "{\"supplierCode\":\"ACME\",\"lines\":[{\"itemCode\":\"" + ITEM + "\",\"quantity\":\"" + quantity + "\",\"requestedDate\":\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\"}]" + (send ? "" : ",\"send\":false") + "}";
    }

    /** A buyer's order for ACME: sent (OPEN) or kept as a draft. */
    static String newOrder(boolean send) {
        return buyer().contentType(ContentType.JSON).body(order("40", send)).when().post("/api/supply/purchase-orders")
                .then().statusCode(201).extract().path("id");
    }

    /** A sent order whose line 1 ACME answered with a later day: a counter-proposal waiting for a buyer. */
    static String counterProposed() {
        String id = newOrder(true);
        acme().contentType(ContentType.JSON)
                .body("{\"lines\":[{\"lineNumber\":1,\"deliveries\":[{\"quantity\":\"40\",\"date\":\""
                        + LocalDate.now(ZoneOffset.UTC).plusDays(40) + "\"}]}]}")
                .when().post("/partner/v1/purchase-orders/{id}/confirmation", id).then().statusCode(200);
        return id;
    }

    static String sscc() {
        return Sscc.of(0, "4012345", ThreadLocalRandom.current().nextLong(1_000_000_000L)).value();
    }

    /** An ASN of one handling unit with {@code quantity} for line 1 of {@code orderId}. */
    static String asn(String orderId, String quantity) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return "{\"asnNumber\":\"ASN-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"shipDate\":\"" + today
                + "\",\"expectedArrival\":\"" + today.plusDays(2) + "T08:00:00Z\",\"handlingUnits\":[{\"sscc\":\"" + sscc()
                + "\",\"lines\":[{\"purchaseOrderId\":\"" + orderId + "\",\"lineNumber\":1,\"itemCode\":\"" + ITEM
                + "\",\"lot\":\"L-1\",\"quantity\":\"" + quantity + "\"}]}]}";
    }

    static String openAsn() {
        return acme().contentType(ContentType.JSON).body(asn(newOrder(true), "10")).when().post("/partner/v1/asns")
                .then().statusCode(201).extract().path("id");
    }

    /** A registration of an endpoint nobody listens on (its deliveries fail and wait): only what the walk needs. */
    static String webhook(String path) {
        return "{\"url\":\"http://127.0.0.1:9/hooks" + path + "\",\"events\":[\"purchase-order.created\"]}";
    }

    static String newWebhook() {
        return acme().contentType(ContentType.JSON).body(webhook("/" + UUID.randomUUID())).when().post("/partner/v1/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    /** A message queued for a fresh endpoint of ACME's (by a new order it listens for). */
    static String webhookDelivery() {
        String endpoint = newWebhook();
        newOrder(true);
        return acme().when().get("/partner/v1/webhooks/{id}/deliveries", endpoint).then().statusCode(200).extract().path("[0].id");
    }

    static int confirmationsOf(String orderId) {
        return acme().when().get("/partner/v1/purchase-orders/{id}", orderId).then().statusCode(200).extract().path("confirmations");
    }

    /**
     * Warehouse's dock receives every handling unit of the ASN exactly as announced, told on warehouse.goods-receipts.v1
     * the way the warehouse issue will publish it; waits until supply has the ASN RECEIVED.
     */
    static void receivedAtTheDock(String asnId) {
        JsonPath asn = acme().when().get("/partner/v1/asns/{id}", asnId).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> units = asn.getList("handlingUnits");
        for (Map<String, Object> unit : units) {
            String receiptId = UUID.randomUUID().toString();
            List<byte[]> lines = new ArrayList<>();
            for (Object item : (List<?>) unit.get("lines")) {
                Map<?, ?> line = (Map<?, ?>) item;
                byte[] quantity = Wire.message(w -> w.writeString(1, (String) line.get("quantity")).writeString(2, (String) line.get("unit")));
                byte[] none = Wire.message(w -> w.writeString(1, "0").writeString(2, (String) line.get("unit")));
                lines.add(Wire.message(w -> w.writeString(1, (String) line.get("purchaseOrderId")).writeInt(2, (Integer) line.get("lineNumber"))
                        .writeString(3, (String) line.get("itemCode")).writeString(4, line.get("lot") == null ? "" : (String) line.get("lot"))
                        .writeBytes(6, quantity).writeBytes(7, quantity).writeBytes(8, none)));
            }
            byte[] receipt = Wire.message(w -> {
                w.writeString(1, receiptId).writeString(2, (String) unit.get("sscc")).writeString(3, asnId).writeString(4, "ACME")
                        .writeString(5, Instant.now().toString()).writeString(6, "warehouse");
                lines.forEach(line -> w.writeBytes(7, line));
            });
            KafkaProbe.send("warehouse.goods-receipts.v1", receiptId, receipt,
                    KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "io.forgeline.warehouse.goods-received.v1"));
        }
        Eventually.within(Duration.ofSeconds(30), () -> "RECEIVED".equals(acme().when().get("/partner/v1/asns/{id}", asnId).then()
                .extract().path("status")), "ASN " + asnId + " received");
    }

    /**
     * Protocol buffers written field by field: system-tests compile no protos, so a GoodsReceived is written with the
     * field numbers of api-contracts' goods_receipts.proto (and quantity.proto) until warehouse publishes real ones.
     */
    private static final class Wire {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

        static byte[] message(Consumer<Wire> fields) {
            Wire wire = new Wire();
            fields.accept(wire);
            try {
                wire.out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return wire.bytes.toByteArray();
        }

        Wire writeString(int field, String value) {
            return write(() -> out.writeString(field, value));
        }

        Wire writeInt(int field, int value) {
            return write(() -> out.writeInt32(field, value));
        }

        Wire writeBytes(int field, byte[] value) {
            return write(() -> out.writeByteArray(field, value));
        }

        private Wire write(IoAction action) {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private interface IoAction {
            void run() throws IOException;
        }
    }
}
