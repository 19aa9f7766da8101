package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgeline.systemtests.OpenApi.Operation;
import io.forgeline.testing.Eventually;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Every POST of every service's OpenAPI document, through the gateway with an Idempotency-Key: the repeat
 * gets the same answer without the POST being done twice, and the same key with another request is a 422
 * that changes nothing. "Not done twice" is shown per operation: a create counts one more thing, not two,
 * and the same POST with a fresh key makes another thing (so a second run would have shown); a one-way
 * change refuses a fresh key with 409 (so the repeat, answered 2xx, was not run again).
 */
class IdempotencyWalkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEDULES = "/api/scheduling/schedules";
    /**
     * The orders started here are in no published schedule, so the operator names the machine: a started
     * operation without one makes every later solve fail ("Cannot assign an already assigned value").
     */
    private static final String ON_CNC_01_M1 = "{\"machineCode\":\"CNC-01-M1\"}";

    /** One POST, arranged: the request, another request for the same key, and how a second run would show. */
    private record Arranged(Caller caller, String path, String body, String otherPath, String otherBody, Proof proof,
                            Optional<IntSupplier> count, Runnable after) {

        Arranged(Caller caller, String path, String body, String otherPath, String otherBody, Proof proof, Optional<IntSupplier> count) {
            this(caller, path, body, otherPath, otherBody, proof, count, () -> { });
        }
    }

    private enum Proof {
        /** Each run makes something new: a fresh key's answer differs from the first. */
        NEW_EACH_TIME,
        /** A one-way change: a fresh key is refused with 409. */
        ONE_WAY,
        /** Repeating changes nothing by nature (stopping a stopped solve): the stored answer is all there is to see. */
        HARMLESS
    }

    private final Map<String, Function<Operation, Arranged>> scenarios = new LinkedHashMap<>();

    IdempotencyWalkTest() {
        scenarios.put("POST /api/scheduling/production-orders", post -> new Arranged(Caller.PLANNER,
                "/api/scheduling/production-orders", plannedOrder("3"), "/api/scheduling/production-orders", plannedOrder("4"),
                Proof.NEW_EACH_TIME, Optional.of(Plant::orderCount)));
        scenarios.put("POST /api/scheduling/production-orders/{id}/release", post -> new Arranged(Caller.PLANNER,
                "/api/scheduling/production-orders/" + newPlannedOrder() + "/release", null,
                "/api/scheduling/production-orders/" + newPlannedOrder() + "/release", null, Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /api/scheduling/production-orders/{id}/cancel", post -> new Arranged(Caller.PLANNER,
                "/api/scheduling/production-orders/" + newPlannedOrder() + "/cancel", null,
                "/api/scheduling/production-orders/" + newPlannedOrder() + "/cancel", null, Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /api/scheduling/schedules", post -> new Arranged(Caller.PLANNER,
                SCHEDULES, "{\"timeLimitSeconds\":1}", SCHEDULES, "{\"timeLimitSeconds\":2}", Proof.NEW_EACH_TIME, Optional.empty()));
        scenarios.put("POST /api/scheduling/schedules/simulations/machine-down", post -> new Arranged(Caller.PLANNER,
                SCHEDULES + "/simulations/machine-down", "{\"machineCode\":\"CNC-01-M2\",\"timeLimitSeconds\":1}",
                SCHEDULES + "/simulations/machine-down", "{\"machineCode\":\"CNC-02-M1\",\"timeLimitSeconds\":1}",
                Proof.NEW_EACH_TIME, Optional.empty()));
        scenarios.put("POST /api/scheduling/schedules/{id}/stop", post -> new Arranged(Caller.PLANNER,
                SCHEDULES + "/" + requestSolve() + "/stop", null, SCHEDULES + "/" + requestSolve() + "/stop", null,
                Proof.HARMLESS, Optional.empty()));
        scenarios.put("POST /api/scheduling/schedules/{id}/publish", post -> new Arranged(Caller.PLANNER,
                SCHEDULES + "/" + solved() + "/publish", null, SCHEDULES + "/" + solved() + "/publish", null,
                Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /api/scheduling/machines/{code}/closures", post -> closures("/api/scheduling/machines/CNC-02-M1/closures"));
        scenarios.put("POST /api/scheduling/calendars/{code}/closures", post -> closures("/api/scheduling/calendars/TWO-SHIFT-SAT/closures"));
        scenarios.put("POST /api/scheduling/master-data/republish", post -> new Arranged(Caller.ADMIN,
                "/api/scheduling/master-data/republish", null, "/api/scheduling/master-data/republish?again=true", null,
                Proof.NEW_EACH_TIME, Optional.empty()));
        scenarios.put("POST /api/execution/machines/{code}/breakdown", post -> {
            machineIs("TST-01-M1", "UP");
            return new Arranged(Caller.OPERATOR, "/api/execution/machines/TST-01-M1/breakdown", "{\"reason\":\"idempotency walk\"}",
                    "/api/execution/machines/TST-01-M1/breakdown", "{\"reason\":\"another reason\"}", Proof.ONE_WAY, Optional.empty());
        });
        scenarios.put("POST /api/execution/machines/{code}/repair", post -> {
            machineIs("TST-01-M1", "DOWN");
            return new Arranged(Caller.OPERATOR, "/api/execution/machines/TST-01-M1/repair", null,
                    "/api/execution/machines/ASM-01-M1/repair", null, Proof.ONE_WAY, Optional.empty());
        });
        // each raise makes another andon; the walk's andons are resolved afterwards, so no board keeps showing them
        scenarios.put("POST /api/execution/andons", post -> new Arranged(Caller.OPERATOR, "/api/execution/andons", walkAndon("HELP"),
                "/api/execution/andons", walkAndon("MATERIAL"), Proof.NEW_EACH_TIME, Optional.empty(),
                IdempotencyWalkTest::resolveWalkAndons));
        scenarios.put("POST /api/execution/andons/{id}/acknowledge", post -> new Arranged(Caller.OPERATOR,
                "/api/execution/andons/" + newAndon() + "/acknowledge", null, "/api/execution/andons/" + newAndon() + "/acknowledge", null,
                Proof.ONE_WAY, Optional.empty(), IdempotencyWalkTest::resolveWalkAndons));
        scenarios.put("POST /api/execution/andons/{id}/resolve", post -> new Arranged(Caller.OPERATOR,
                "/api/execution/andons/" + newAndon() + "/resolve", "{\"note\":\"idempotency walk\"}",
                "/api/execution/andons/" + newAndon() + "/resolve", "{\"note\":\"idempotency walk\"}",
                Proof.ONE_WAY, Optional.empty(), IdempotencyWalkTest::resolveWalkAndons));
        // readings have natural keys: a repeat stores nothing new whatever the key (HARMLESS); the key still answers alike
        scenarios.put("POST /api/execution/machine-signals", post -> {
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            return new Arranged(Caller.ADMIN, "/api/execution/machine-signals", signals("TST-01-M1", at),
                    "/api/execution/machine-signals", signals("TST-01-M1", at.minusSeconds(1)), Proof.HARMLESS, Optional.empty());
        });
        scenarios.put("POST /api/execution/operations/{orderId}/{sequence}/start", post -> {
            String order = onTheFloor();
            // completed afterwards: an operation left running of an order no published schedule holds makes
            // every later solve fail ("Cannot assign an already assigned value"), which the walk is not about
            return new Arranged(Caller.OPERATOR, "/api/execution/operations/" + order + "/10/start", ON_CNC_01_M1,
                    "/api/execution/operations/" + order + "/10/start", "{\"machineCode\":\"CNC-01-M2\"}", Proof.ONE_WAY, Optional.empty(),
                    () -> send(Caller.OPERATOR, "/api/execution/operations/" + order + "/10/complete", "{\"goodQuantity\":\"2\"}", null));
        });
        scenarios.put("POST /api/execution/operations/{orderId}/{sequence}/complete", post -> {
            String order = onTheFloor();
            send(Caller.OPERATOR, "/api/execution/operations/" + order + "/10/start", ON_CNC_01_M1, null).status();
            return new Arranged(Caller.OPERATOR, "/api/execution/operations/" + order + "/10/complete", "{\"goodQuantity\":\"2\"}",
                    "/api/execution/operations/" + order + "/10/complete", "{\"goodQuantity\":\"1\"}", Proof.ONE_WAY, Optional.empty());
        });
        scenarios.put("POST /api/execution/operations/{orderId}/{sequence}/pause", post -> {
            String order = runningOnTheFloor();
            return new Arranged(Caller.OPERATOR, operation(order, "pause"), "{\"reasonCode\":\"BREAK\"}",
                    operation(order, "pause"), "{\"reasonCode\":\"TOOL\"}", Proof.ONE_WAY, Optional.empty(), () -> {
                        send(Caller.OPERATOR, operation(order, "resume"), null, null);
                        finish(order);
                    });
        });
        scenarios.put("POST /api/execution/operations/{orderId}/{sequence}/resume", post -> {
            String order = runningOnTheFloor();
            send(Caller.OPERATOR, operation(order, "pause"), "{\"reasonCode\":\"BREAK\"}", null).status();
            // the same key for another operation's resume is another request
            return new Arranged(Caller.OPERATOR, operation(order, "resume"), null,
                    "/api/execution/operations/" + order + "/20/resume", null, Proof.ONE_WAY, Optional.empty(), () -> finish(order));
        });
        scenarios.put("POST /api/execution/operations/{orderId}/{sequence}/reports", post -> {
            String order = runningOnTheFloor();
            // each report adds its pieces: a fresh key's answer shows more good pieces than the first
            return new Arranged(Caller.OPERATOR, operation(order, "reports"), "{\"goodQuantity\":\"1\"}",
                    operation(order, "reports"), "{\"goodQuantity\":\"1\",\"scrapQuantity\":\"1\",\"scrapReasonCode\":\"SURFACE\"}",
                    Proof.NEW_EACH_TIME, Optional.empty(), () -> finish(order));
        });
        scenarios.put("POST /api/execution/operations/{orderId}/{sequence}/data", post -> {
            String order = runningOnTheFloor();
            // the demo's work instruction of GEARBOX-A's operation 10 measures SEAT-DIA; each recording is a new measurement
            // (new ids), so a fresh key's answer differs
            return new Arranged(Caller.OPERATOR, operation(order, "data"), "{\"values\":[{\"field\":\"SEAT-DIA\",\"value\":\"20.005\"}]}",
                    operation(order, "data"), "{\"values\":[{\"field\":\"SEAT-DIA\",\"value\":\"20.006\"}]}", Proof.NEW_EACH_TIME,
                    Optional.empty(), () -> finish(order));
        });
        scenarios.put("POST /partner/v1/purchase-orders/{id}/confirmation", post -> {
            String order = Purchasing.newOrder(true);
            String earlier = "{\"promisedDate\":\"" + Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS) + "\"}";
            return new Arranged(Caller.SUPPLIER, "/partner/v1/purchase-orders/" + order + "/confirmation", "{\"acceptAll\":true}",
                    "/partner/v1/purchase-orders/" + order + "/confirmation", earlier, Proof.HARMLESS,
                    Optional.of(() -> Purchasing.confirmationsOf(order)));
        });
        scenarios.put("POST /partner/v1/asns", post -> {
            String order = Purchasing.newOrder(true);
            // the same ASN again under a fresh key is refused: its number and SSCC are taken
            return new Arranged(Caller.SUPPLIER, "/partner/v1/asns", Purchasing.asn(order, "10"), "/partner/v1/asns",
                    Purchasing.asn(order, "11"), Proof.ONE_WAY, Optional.empty());
        });
        scenarios.put("POST /partner/v1/asns/{id}/cancel", post -> new Arranged(Caller.SUPPLIER,
                "/partner/v1/asns/" + Purchasing.openAsn() + "/cancel", null, "/partner/v1/asns/" + Purchasing.openAsn() + "/cancel", null,
                Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /api/warehouse/receipts", post -> {
            String sscc = Purchasing.expectedAtTheDock(Purchasing.openAsn()).getFirst();
            String other = Purchasing.expectedAtTheDock(Purchasing.openAsn()).getFirst();
            // the same handling unit under a fresh key is refused: it was received already
            return new Arranged(Caller.CLERK, "/api/warehouse/receipts", "{\"scan\":\"" + sscc + "\"}", "/api/warehouse/receipts",
                    "{\"scan\":\"" + other + "\"}", Proof.ONE_WAY, Optional.empty());
        });
        scenarios.put("POST /api/warehouse/receipts/rfid", post -> {
            String asn = Purchasing.openAsn();
            String other = Purchasing.openAsn();
            // a portal reading the same truck again receives nothing twice: the stored answer is all there is to see
            return new Arranged(Caller.CLERK, "/api/warehouse/receipts/rfid", portalRead(asn), "/api/warehouse/receipts/rfid",
                    portalRead(other), Proof.HARMLESS, Optional.empty());
        });
        scenarios.put("POST /api/warehouse/putaway", post -> {
            String unit = Purchasing.receivedHandlingUnit();
            String other = Purchasing.receivedHandlingUnit();
            // the same unit into the same bin under a fresh key is refused: it is there already
            return new Arranged(Caller.CLERK, "/api/warehouse/putaway", putaway(unit), "/api/warehouse/putaway", putaway(other),
                    Proof.ONE_WAY, Optional.empty());
        });
        scenarios.put("POST /api/warehouse/counts", post -> new Arranged(Caller.CLERK, "/api/warehouse/counts",
                "{\"bins\":[\"SHIP-01\"]}", "/api/warehouse/counts", "{\"bins\":[\"DOCK-02\"]}", Proof.NEW_EACH_TIME, Optional.empty()));
        scenarios.put("POST /api/warehouse/counts/{id}/count", post -> new Arranged(Caller.CLERK,
                "/api/warehouse/counts/" + emptyBinCount() + "/count", "{\"lines\":[]}",
                "/api/warehouse/counts/" + emptyBinCount() + "/count", "{\"lines\":[]}", Proof.ONE_WAY, Optional.empty()));
        // an approval needs a count far off the book by someone else, which would change the suite's stock: CountTest
        // (warehouse) approves one twice with one key and gets the same answer, the adjustment posted once
        scenarios.put("POST /api/warehouse/counts/{id}/approval", post -> null);
        // a consumption needs an operation under way and stock of its components, which would change the suite's figures:
        // ConsumptionTest (execution) scans twice with one key and gets the same consumption, booked and published once
        scenarios.put("POST /api/execution/operations/{orderId}/{sequence}/consumptions", post -> null);
        // signing in opens a new Keycloak session each time, and its tokens are never kept for a replay; signing out
        // twice is harmless by nature; TerminalSignInTest and TerminalPageTest prove them
        scenarios.put("POST /api/execution/terminal-sessions", post -> null);
        scenarios.put("POST /api/execution/terminal-sessions/refresh", post -> null);
        scenarios.put("POST /api/execution/terminal-sessions/sign-out", post -> null);
        scenarios.put("POST /api/warehouse/movements/opening-balances", post -> new Arranged(Caller.ADMIN,
                "/api/warehouse/movements/opening-balances", openingOf("3"), "/api/warehouse/movements/opening-balances", openingOf("4"),
                Proof.NEW_EACH_TIME, Optional.empty()));
        // a pick task needs a released order scheduled onto a machine and stock to stage: PickingTest (warehouse)
        // confirms one twice with one key and gets the same answer, the goods moved once
        scenarios.put("POST /api/warehouse/pick-tasks/{id}/confirmation", post -> null);
        scenarios.put("POST /api/warehouse/movements", post -> {
            stockToMove();
            return new Arranged(Caller.CLERK, "/api/warehouse/movements", walkMoved("1"), "/api/warehouse/movements", walkMoved("2"),
                    Proof.NEW_EACH_TIME, Optional.empty());
        });
        scenarios.put("POST /api/warehouse/deliveries", post -> {
            stockToShip();
            return new Arranged(Caller.CLERK, "/api/warehouse/deliveries", walkDelivery("1"), "/api/warehouse/deliveries", walkDelivery("2"),
                    Proof.NEW_EACH_TIME, Optional.empty());
        });
        // packing, palletising and shipping need a delivery's picks confirmed first: DeliveryTest (warehouse) packs,
        // palletises and ships twice with one key each and gets the same answers, each done once
        scenarios.put("POST /api/warehouse/deliveries/{id}/packages", post -> null);
        scenarios.put("POST /api/warehouse/deliveries/{id}/shipment", post -> null);
        scenarios.put("POST /api/warehouse/deliveries/{id}/pallets", post -> null);
        scenarios.put("POST /api/supply/purchase-orders", post -> new Arranged(Caller.BUYER, "/api/supply/purchase-orders",
                Purchasing.order("5", true), "/api/supply/purchase-orders", Purchasing.order("6", true), Proof.NEW_EACH_TIME, Optional.empty()));
        scenarios.put("POST /api/supply/purchase-orders/{id}/send", post -> new Arranged(Caller.BUYER,
                "/api/supply/purchase-orders/" + Purchasing.newOrder(false) + "/send", null,
                "/api/supply/purchase-orders/" + Purchasing.newOrder(false) + "/send", null, Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /api/supply/purchase-orders/{id}/cancel", post -> new Arranged(Caller.BUYER,
                "/api/supply/purchase-orders/" + Purchasing.newOrder(true) + "/cancel", null,
                "/api/supply/purchase-orders/" + Purchasing.newOrder(true) + "/cancel", null, Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /api/supply/purchase-orders/{id}/lines/{lineNumber}/proposal/accept", post -> new Arranged(Caller.BUYER,
                "/api/supply/purchase-orders/" + Purchasing.counterProposed() + "/lines/1/proposal/accept", null,
                "/api/supply/purchase-orders/" + Purchasing.counterProposed() + "/lines/1/proposal/accept", null, Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /api/supply/purchase-orders/{id}/lines/{lineNumber}/proposal/reject", post -> new Arranged(Caller.BUYER,
                "/api/supply/purchase-orders/" + Purchasing.counterProposed() + "/lines/1/proposal/reject", null,
                "/api/supply/purchase-orders/" + Purchasing.counterProposed() + "/lines/1/proposal/reject", null, Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /partner/v1/webhooks", post -> new Arranged(Caller.SUPPLIER, "/partner/v1/webhooks",
                Purchasing.webhook("/a"), "/partner/v1/webhooks", Purchasing.webhook("/b"), Proof.NEW_EACH_TIME, Optional.empty()));
        scenarios.put("POST /partner/v1/webhooks/{id}/secret-rotation", post -> {
            String endpoint = Purchasing.newWebhook();
            // each rotation issues another secret, so a fresh key shows a new one
            return new Arranged(Caller.SUPPLIER, "/partner/v1/webhooks/" + endpoint + "/secret-rotation", null,
                    "/partner/v1/webhooks/" + Purchasing.newWebhook() + "/secret-rotation", null, Proof.NEW_EACH_TIME, Optional.empty());
        });
        scenarios.put("POST /partner/v1/webhooks/{id}/enable", post -> new Arranged(Caller.SUPPLIER,
                "/partner/v1/webhooks/" + Purchasing.newWebhook() + "/enable", null,
                "/partner/v1/webhooks/" + Purchasing.newWebhook() + "/enable", null, Proof.HARMLESS, Optional.empty()));
        scenarios.put("POST /partner/v1/webhooks/deliveries/{deliveryId}/replay", post -> {
            String delivery = Purchasing.webhookDelivery();
            return new Arranged(Caller.SUPPLIER, "/partner/v1/webhooks/deliveries/" + delivery + "/replay", null,
                    "/partner/v1/webhooks/deliveries/" + Purchasing.webhookDelivery() + "/replay", null, Proof.HARMLESS, Optional.empty());
        });
        scenarios.put("POST /api/supply/webhooks/deliveries/{deliveryId}/replay", post -> {
            String delivery = Purchasing.webhookDelivery();
            return new Arranged(Caller.BUYER, "/api/supply/webhooks/deliveries/" + delivery + "/replay", null,
                    "/api/supply/webhooks/deliveries/" + Purchasing.webhookDelivery() + "/replay", null, Proof.HARMLESS, Optional.empty());
        });
        // onboarding's repeat answers without the client secret, which nothing stores: SupplierOnboardingTest (supply)
        // proves that a repeated key issues nothing new
        scenarios.put("POST /api/supply/suppliers", post -> null);
        scenarios.put("POST /api/quality/inspection-lots", post -> new Arranged(Caller.INSPECTOR, "/api/quality/inspection-lots",
                inspectionLot("WALK-1"), "/api/quality/inspection-lots", inspectionLot("WALK-2"), Proof.NEW_EACH_TIME, Optional.empty()));
        // each run adds a result: a fresh key adds one more unit inspected, so its answer differs
        scenarios.put("POST /api/quality/inspection-lots/{id}/results", post -> {
            String lot = openInspectionLot();
            return new Arranged(Caller.INSPECTOR, "/api/quality/inspection-lots/" + lot + "/results",
                    "{\"characteristic\":\"NOISE\",\"nonconforming\":0,\"inspected\":1}", "/api/quality/inspection-lots/" + lot + "/results",
                    "{\"characteristic\":\"NOISE\",\"nonconforming\":0,\"inspected\":2}", Proof.NEW_EACH_TIME, Optional.empty());
        });
        // a decision books stock in the warehouse, which a walk lot does not have (warehouse would park it): quality's
        // DecisionIdempotencyTest proves a repeated key answers like the first time and decides once
        scenarios.put("POST /api/quality/inspection-lots/{id}/decision", post -> null);
        scenarios.put("POST /api/quality/switching-states/conditions", post -> new Arranged(Caller.QUALITY,
                "/api/quality/switching-states/conditions", switchingConditions(true), "/api/quality/switching-states/conditions",
                switchingConditions(false), Proof.HARMLESS, Optional.empty()));
        // only a discontinued state resumes, which takes seven rejected lots: quality's SwitchingStateTest repeats a key
        scenarios.put("POST /api/quality/switching-states/resumption", post -> null);
        // a baseline needs twenty measured values of a characteristic: quality's ControlChartTest repeats a key
        scenarios.put("POST /api/quality/spc/charts/baseline", post -> null);
        // a stateless analysis: the repeat's answer is the stored one, another chart under the same key is refused
        scenarios.put("POST /api/quality/spc/analyses", post -> new Arranged(Caller.QUALITY, "/api/quality/spc/analyses",
                "{\"chart\":\"i-mr\",\"values\":[1,2,3,2]}", "/api/quality/spc/analyses", "{\"chart\":\"c\",\"counts\":[1,2,3]}",
                Proof.HARMLESS, Optional.empty()));
        // one hold on a lot at a time: the same hold again under a fresh key is refused, so the repeat did not run
        scenarios.put("POST /api/quality/holds", post -> new Arranged(Caller.QUALITY, "/api/quality/holds", walkHold(), "/api/quality/holds",
                walkHold(), Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /api/quality/holds/{id}/lift", post -> new Arranged(Caller.QUALITY, "/api/quality/holds/" + newHold() + "/lift",
                "{\"reason\":\"idempotency walk\"}", "/api/quality/holds/" + newHold() + "/lift", "{\"reason\":\"idempotency walk\"}",
                Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /api/quality/nonconformances", post -> new Arranged(Caller.INSPECTOR, "/api/quality/nonconformances",
                walkNonconformance("WALK"), "/api/quality/nonconformances", walkNonconformance("WALK-2"), Proof.NEW_EACH_TIME, Optional.empty()));
        // rework leaves the material blocked where it is, so warehouse books nothing for the walk's material it does not hold;
        // each run takes another unit, so a fresh key's answer differs
        scenarios.put("POST /api/quality/nonconformances/{id}/dispositions", post -> {
            String ncr = newNonconformance("WALK");
            return new Arranged(Caller.QUALITY, "/api/quality/nonconformances/" + ncr + "/dispositions", rework("1"),
                    "/api/quality/nonconformances/" + ncr + "/dispositions", rework("2"), Proof.NEW_EACH_TIME, Optional.empty());
        });
        scenarios.put("POST /api/quality/nonconformances/{id}/closure", post -> new Arranged(Caller.QUALITY,
                "/api/quality/nonconformances/" + disposedNonconformance() + "/closure", null,
                "/api/quality/nonconformances/" + disposedNonconformance() + "/closure", null, Proof.ONE_WAY, Optional.empty()));
        scenarios.put("POST /partner/v1/nonconformances/{id}/responses", post -> {
            String ncr = newNonconformance("ACME");
            return new Arranged(Caller.SUPPLIER, "/partner/v1/nonconformances/" + ncr + "/responses", "{\"comment\":\"walk 1\"}",
                    "/partner/v1/nonconformances/" + ncr + "/responses", "{\"comment\":\"walk 2\"}", Proof.NEW_EACH_TIME, Optional.empty());
        });
        // an EDIFACT interchange is recognised by its control reference (UNB 0020), as EDI systems resend: EdiTest
        // (supply) sends one twice and sees it taken once
        scenarios.put("POST /partner/v1/edi", post -> null);
        scenarios.put("POST /api/{service}/dead-letters/replay", post -> new Arranged(Caller.ADMIN,
                "/api/" + post.service() + "/dead-letters/replay", null, "/api/" + post.service() + "/dead-letters/replay?again=true", null,
                Proof.HARMLESS, Optional.empty()));
        // a letter to replay means a poison event on a topic every checkout's suite reads: DeadLetterAdminTest
        // (platform/core, its own topic) replays one twice and sees it applied once
        scenarios.put("POST /api/{service}/dead-letters/{id}/replay", post -> null);
    }

    @Test
    void every_post_answers_a_repeated_idempotency_key_like_the_first_time_without_doing_it_twice() {
        // supply learns the item master from scheduling's first start: on a fresh suite the walk may come first, and its
        // own purchase orders would be refused until then
        Purchasing.newOrder(false);
        List<Operation> posts = OpenApi.all().stream().filter(op -> op.method().equals("POST")).toList();
        TreeSet<String> unknown = new TreeSet<>();
        posts.forEach(op -> {
            if (!scenarios.containsKey(op.toString())) {
                unknown.add(op.toString());
            }
        });
        assertThat(unknown).as("POSTs this walk cannot arrange yet: teach it how, and what a second run would show").isEmpty();

        List<String> failures = new ArrayList<>();
        int elsewhere = 0;
        for (Operation post : posts) {
            try {
                Arranged arranged = scenarios.get(post.toString()).apply(post);
                if (arranged == null) {
                    elsewhere++;
                    continue;
                }
                try {
                    walk(post.service() + ": " + post, arranged);
                } finally {
                    arranged.after().run();
                }
            } catch (AssertionError | RuntimeException failed) {
                failures.add(post.service() + ": " + post + ": " + failed.getMessage());
            }
        }
        System.out.printf("idempotency walk: %d POST operations, %d walked here (%d of them failed), %d proven elsewhere "
                        + "(platform/core, supply's onboarding and EDI)%n",
                posts.size(), posts.size() - elsewhere, failures.size(), elsewhere);
        assertThat(failures).as("POSTs that do not honour Idempotency-Key as promised").isEmpty();
    }

    private static String signals(String machine, Instant at) {
        return "{\"machineCode\":\"" + machine + "\",\"signals\":[{\"observedAt\":\"" + at + "\",\"counter\":\"PARTS\",\"value\":1}]}";
    }

    /**
     * The PUT the terminal sends to classify a machine stop: a stop that began and ended ten minutes ago (so no
     * breakdown follows it), classified twice with one key, then with that key for another reason.
     */
    @Test
    void a_downtime_reason_answers_a_repeated_idempotency_key_like_the_first_time() {
        // now, not in the past: other tests (the board's) may have told newer states of this machine already, and a
        // stop older than what the machine last said opens no downtime; it runs again a second later (no breakdown)
        Instant stop = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String batch = "{\"machineCode\":\"TST-01-M1\",\"signals\":[{\"observedAt\":\"" + stop + "\",\"state\":\"DOWN\",\"stopCode\":\"WALK\"},"
                + "{\"observedAt\":\"" + stop.plusSeconds(1) + "\",\"state\":\"RUNNING\"}]}";
        assertThat(send(Caller.ADMIN, "/api/execution/machine-signals", batch, null).status()).isEqualTo(200);
        Http.Answer found = Http.send(Suite.get().gateway(), "GET", "/api/execution/downtimes?machine=TST-01-M1&from="
                + stop.minusSeconds(1) + "&to=" + stop.plusSeconds(1), Caller.OPERATOR, null, null);
        String id = json(found.body()).path(0).path("id").asText();
        String path = "/api/execution/downtimes/" + id + "/reason";
        String key = UUID.randomUUID().toString();

        Http.Answer first = put(path, "{\"reasonCode\":\"NO_MATERIAL\"}", key);
        Http.Answer again = put(path, "{\"reasonCode\":\"NO_MATERIAL\"}", key);
        Http.Answer other = put(path, "{\"reasonCode\":\"BREAKDOWN\"}", key);

        assertThat(first.status()).as("first → %s", first).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(json(again.body())).isEqualTo(json(first.body()));
        assertThat(other.status()).as("the same key for another reason → %s", other).isEqualTo(422);
    }

    private static Http.Answer put(String path, String body, String key) {
        return Http.send(Suite.get().gateway(), "PUT", path, Caller.OPERATOR, "application/json",
                body.getBytes(StandardCharsets.UTF_8), Map.of("Idempotency-Key", key));
    }

    private static void walk(String name, Arranged a) {
        String key = UUID.randomUUID().toString();
        int before = a.count().map(IntSupplier::getAsInt).orElse(0);

        Http.Answer first = send(a.caller(), a.path(), a.body(), key);
        Http.Answer again = send(a.caller(), a.path(), a.body(), key);

        assertThat(first.status()).as("%s first → %s", name, first).isBetween(200, 299);
        assertThat(again.status()).as("%s repeated → %s", name, again).isEqualTo(first.status());
        assertThat(json(again.body())).as("%s: the repeat's answer", name).isEqualTo(json(first.body()));
        assertThat(again.header("Location")).as("%s: the repeat's Location", name).isEqualTo(first.header("Location"));
        a.count().ifPresent(count -> assertThat(count.getAsInt()).as("%s done once for two requests", name).isEqualTo(before + 1));

        Http.Answer other = send(a.caller(), a.otherPath(), a.otherBody(), key);
        assertThat(other.status()).as("%s: the same key for another request → %s", name, other).isEqualTo(422);
        assertThat(other.isProblem()).isTrue();

        switch (a.proof()) {
            case NEW_EACH_TIME -> {
                Http.Answer fresh = send(a.caller(), a.path(), a.body(), UUID.randomUUID().toString());
                assertThat(fresh.status()).as("%s with a fresh key → %s", name, fresh).isEqualTo(first.status());
                assertThat(json(fresh.body())).as("%s: a second run makes something new, so the repeat did not run", name)
                        .isNotEqualTo(json(first.body()));
                a.count().ifPresent(count -> assertThat(count.getAsInt()).as("%s after a fresh key", name).isEqualTo(before + 2));
            }
            case ONE_WAY -> {
                Http.Answer fresh = send(a.caller(), a.path(), a.body(), UUID.randomUUID().toString());
                assertThat(fresh.status()).as("%s with a fresh key is refused, so the 2xx repeat did not run → %s", name, fresh)
                        .isEqualTo(409);
            }
            case HARMLESS -> a.count().ifPresent(count -> assertThat(count.getAsInt()).as("%s counted once", name).isEqualTo(before + 1));
        }
    }

    private static Http.Answer send(Caller caller, String path, String body, String key) {
        return Http.send(Suite.get().gateway(), "POST", path, caller, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private static JsonNode json(String body) {
        try {
            return body.isEmpty() ? null : JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static String plannedOrder(String quantity) {
        String due = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return "{\"itemCode\":\"GEARBOX-A\",\"quantity\":\"" + quantity + "\",\"dueDate\":\"" + due + "\",\"release\":false}";
    }

    private static String switchingConditions(boolean approved) {
        return "{\"itemCode\":\"BEARING-6204\",\"supplierCode\":\"WALK\",\"defectClass\":\"MINOR\",\"productionSteady\":true,"
                + "\"reducedApproved\":" + approved + "}";
    }

    private static String inspectionLot(String lot) {
        return "{\"itemCode\":\"BEARING-6204\",\"supplierCode\":\"WALK\",\"lot\":\"" + lot + "\",\"lotSize\":\"200\",\"unit\":\"PCE\"}";
    }

    /** A hold on a lot of bearings nothing else holds. */
    private static String walkHold() {
        return "{\"itemCode\":\"BEARING-6204\",\"lot\":\"WALK-" + UUID.randomUUID() + "\",\"reason\":\"idempotency walk\"}";
    }

    private static String newHold() {
        Http.Answer placed = send(Caller.QUALITY, "/api/quality/holds", walkHold(), null);
        assertThat(placed.status()).as("a hold → %s", placed).isEqualTo(201);
        return json(placed.body()).path("id").asText();
    }

    private static String walkNonconformance(String supplier) {
        return "{\"source\":\"CUSTOMER_COMPLAINT\",\"itemCode\":\"BEARING-6204\",\"lot\":\"WALK-NCR\",\"quantity\":\"10\","
                + "\"supplierCode\":\"" + supplier + "\",\"description\":\"idempotency walk\"}";
    }

    private static String rework(String quantity) {
        return "{\"action\":\"REWORK\",\"quantity\":\"" + quantity + "\",\"reason\":\"idempotency walk\"}";
    }

    private static String newNonconformance(String supplier) {
        Http.Answer opened = send(Caller.INSPECTOR, "/api/quality/nonconformances", walkNonconformance(supplier), null);
        assertThat(opened.status()).as("an NCR → %s", opened).isEqualTo(201);
        return json(opened.body()).path("summary").path("id").asText();
    }

    /** An NCR whose material is all reworked: ready to close. */
    private static String disposedNonconformance() {
        String ncr = newNonconformance("WALK");
        Http.Answer disposed = send(Caller.QUALITY, "/api/quality/nonconformances/" + ncr + "/dispositions", rework("10"), null);
        assertThat(disposed.status()).as("a disposition → %s", disposed).isEqualTo(200);
        return ncr;
    }

    /** A lot of bearings opened by hand, nothing in stock behind it: the walk records results on it, never decides it. */
    private static String openInspectionLot() {
        Http.Answer opened = send(Caller.INSPECTOR, "/api/quality/inspection-lots", inspectionLot("WALK-" + UUID.randomUUID()), null);
        assertThat(opened.status()).as("an inspection lot → %s", opened).isEqualTo(201);
        return json(opened.body()).path("id").asText();
    }

    private static String newPlannedOrder() {
        Http.Answer created = send(Caller.PLANNER, "/api/scheduling/production-orders", plannedOrder("2"), null);
        assertThat(created.status()).as("a planned order → %s", created).isEqualTo(201);
        return json(created.body()).path("id").asText();
    }

    private static Arranged closures(String path) {
        String body = "{\"startsAt\":\"2041-03-01T06:00:00Z\",\"endsAt\":\"2041-03-01T10:00:00Z\",\"reason\":\"idempotency walk\"}";
        String other = "{\"startsAt\":\"2041-03-02T06:00:00Z\",\"endsAt\":\"2041-03-02T10:00:00Z\",\"reason\":\"idempotency walk\"}";
        return new Arranged(Caller.PLANNER, path, body, path, other, Proof.NEW_EACH_TIME,
                Optional.of(() -> Plant.as("planner").when().get(path).then().statusCode(200).extract().jsonPath()
                        .getList("findAll { it.reason == 'idempotency walk' }").size()));
    }

    private static String requestSolve() {
        Http.Answer solve = send(Caller.PLANNER, SCHEDULES, "{\"timeLimitSeconds\":1}", null);
        assertThat(solve.status()).as("a solve → %s", solve).isEqualTo(202);
        return json(solve.body()).path("id").asText();
    }

    private static String solved() {
        Http.Answer solve = send(Caller.PLANNER, SCHEDULES, "{\"timeLimitSeconds\":2}", null);
        assertThat(solve.status()).as("a solve → %s", solve).isEqualTo(202);
        String id = json(solve.body()).path("id").asText();
        Eventually.within(Duration.ofSeconds(90), () -> !List.of("REQUESTED", "SOLVING").contains(Plant.as("planner").when()
                .get(SCHEDULES + "/" + id).then().statusCode(200).extract().<String>path("status")), "schedule " + id + " finished");
        JsonNode schedule = json(Plant.as("planner").when().get(SCHEDULES + "/" + id).then().extract().asString());
        assertThat(schedule.path("status").asText()).as("schedule %s: %s", id, schedule.path("problem")).isEqualTo("SOLVED");
        return id;
    }

    /** Execution knows the machine (from scheduling's work-center topic) and it is up or down as asked. */
    /** A stock take's opening balance of an item of the walk's own, in the second quarantine bin. */
    private static String openingOf(String quantity) {
        return "{\"lines\":[{\"itemCode\":\"WALK-ITEM\",\"lot\":\"WALK-1\",\"location\":\"QA-02\",\"quantity\":\"" + quantity
                + "\",\"unit\":\"PCE\",\"status\":\"BLOCKED\"}]}";
    }

    /** Blocked goods of the walk's own to move around: no order's picks ever reserve them. */
    private static void stockToMove() {
        Plant.as("admin").contentType("application/json").body("{\"lines\":[{\"itemCode\":\"WALK-MOVE\",\"lot\":\"M1\","
                + "\"location\":\"B-02-04\",\"quantity\":\"100\",\"unit\":\"PCE\",\"status\":\"BLOCKED\"}]}")
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
    }

    /** Released goods of the walk's own to ship: no production order needs them. */
    private static void stockToShip() {
        Plant.as("admin").contentType("application/json").body("{\"lines\":[{\"itemCode\":\"WALK-SHIP\",\"lot\":\"S1\","
                + "\"location\":\"B-02-04\",\"quantity\":\"100\",\"unit\":\"PCE\",\"status\":\"AVAILABLE\"}]}")
                .when().post("/api/warehouse/movements/opening-balances").then().statusCode(201);
    }

    /** An outbound delivery of some of them: each is another delivery with its own picks. */
    private static String walkDelivery(String quantity) {
        return "{\"customerCode\":\"WALK-CUSTOMER\",\"shipOn\":\"" + LocalDate.now().plusDays(2) + "\",\"lines\":[{\"itemCode\":"
                + "\"WALK-SHIP\",\"quantity\":\"" + quantity + "\",\"unit\":\"PCE\"}]}";
    }

    /** A transfer of them between two storage bins: each run is another pair of ledger rows. */
    private static String walkMoved(String quantity) {
        return "{\"type\":\"TRANSFER\",\"itemCode\":\"WALK-MOVE\",\"lot\":\"M1\",\"location\":\"B-02-04\","
                + "\"toLocation\":\"B-02-03\",\"quantity\":\"" + quantity + "\"}";
    }

    /** An RFID portal's read of every handling unit of the ASN, as the dock expects them. */
    private static String portalRead(String asnId) {
        return "{\"asnId\":\"" + asnId + "\",\"reads\":[" + Purchasing.expectedAtTheDock(asnId).stream()
                .map(sscc -> "\"]C100" + sscc + "\"").collect(java.util.stream.Collectors.joining(",")) + "]}";
    }

    /** A count of the second dock bin, which holds nothing (receiving takes the first): counted with no lines. */
    private static String emptyBinCount() {
        return Plant.as("clerk").contentType("application/json").body("{\"bins\":[\"DOCK-02\"]}").when().post("/api/warehouse/counts")
                .then().statusCode(201).extract().path("[0].id");
    }

    /** A handling unit into the bin warehouse suggests for it, both as scanned. */
    private static String putaway(String sscc) {
        String bin = Plant.as("clerk").when().get("/api/warehouse/putaway/{scan}", sscc).then().statusCode(200).extract().path("bin");
        return "{\"handlingUnit\":\"" + sscc + "\",\"bin\":\"" + bin + "\"}";
    }

    /** An andon at the demo plant's test work center, raised by the idempotency walk (its note says so). */
    private static String walkAndon(String kind) {
        return "{\"kind\":\"" + kind + "\",\"workCenterCode\":\"TST-01\",\"note\":\"idempotency walk\"}";
    }

    private static String newAndon() {
        Http.Answer raised = send(Caller.OPERATOR, "/api/execution/andons", walkAndon("HELP"), null);
        assertThat(raised.status()).as("an andon → %s", raised).isEqualTo(201);
        return json(raised.body()).path("id").asText();
    }

    /** Resolves every open andon the walk raised at TST-01. */
    private static void resolveWalkAndons() {
        Http.Answer open = Http.send(Suite.get().gateway(), "GET", "/api/execution/andons?workCenter=TST-01&open=true", Caller.OPERATOR,
                null, null);
        for (JsonNode andon : json(open.body())) {
            if ("idempotency walk".equals(andon.path("steps").path(0).path("note").asText())) {
                send(Caller.OPERATOR, "/api/execution/andons/" + andon.path("id").asText() + "/resolve", "{\"note\":\"walk over\"}", null);
            }
        }
    }

    private static void machineIs(String machine, String status) {
        Eventually.within(Duration.ofSeconds(30), () -> Plant.as("operator").when().get("/api/execution/machines/" + machine)
                .then().extract().statusCode() == 200, "execution knows " + machine);
        String now = Plant.as("operator").when().get("/api/execution/machines/" + machine).then().extract().path("status");
        if (!status.equals(now)) {
            Http.Answer change = send(Caller.OPERATOR, "/api/execution/machines/" + machine + (status.equals("UP") ? "/repair" : "/breakdown"),
                    status.equals("UP") ? null : "{\"reason\":\"arranged by the idempotency walk\"}", null);
            assertThat(change.status()).as("%s made %s → %s", machine, status, change).isEqualTo(200);
        }
    }

    /** A released order whose first operation runs on CNC-01-M1. */
    private static String runningOnTheFloor() {
        String order = onTheFloor();
        Http.Answer started = send(Caller.OPERATOR, operation(order, "start"), ON_CNC_01_M1, null);
        assertThat(started.status()).as("%s started → %s", order, started).isEqualTo(200);
        return order;
    }

    /** The order's operation 10 and one of its actions. */
    private static String operation(String order, String action) {
        return "/api/execution/operations/" + order + "/10/" + action;
    }

    /** Completed afterwards: an operation left under way in no published schedule makes every later solve fail. */
    private static void finish(String order) {
        send(Caller.OPERATOR, operation(order, "complete"), "{\"goodQuantity\":\"2\"}", null);
    }

    /** A released order whose first operation is on CNC-01's dispatch list. */
    private static String onTheFloor() {
        String id = Plant.release(Plant.as("planner"), Plant.order("GEARBOX-A", "2")).then().statusCode(201).extract().path("id");
        Eventually.within(Duration.ofSeconds(15), () -> Plant.orderIdsAt("CNC-01").contains(id), id + " on CNC-01's dispatch list");
        return id;
    }

}
