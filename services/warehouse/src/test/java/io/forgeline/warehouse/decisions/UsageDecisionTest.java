package io.forgeline.warehouse.decisions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.ident.key.Sscc;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.forgeline.warehouse.receiving.Dock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Quality's decisions on received handling units, booked through the real broker and ledger. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class UsageDecisionTest {

    /** A handling unit of 20 pieces of a lot of its own, received at the dock: in QUARANTINE. */
    private static Sscc receivedUnitOf(String lot) {
        Sscc sscc = Dock.newSscc();
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(sscc, Dock.line(lot, "20"))));
        Dock.awaitExpected(sscc, true);
        Dock.receive(Map.of("scan", sscc.value())).then().statusCode(201);
        return sscc;
    }

    private static UsageDecisionMade decision(String lot, Sscc sscc, Disposition... dispositions) {
        return UsageDecisionMade.newBuilder().setDecisionId(UUID.randomUUID().toString()).setInspectionLotId(UUID.randomUUID().toString())
                .setInspectionLotNumber("IL-" + lot).setItemCode(Dock.ITEM).setLot(lot).addHandlingUnits(sscc.value())
                .addAllDispositions(List.of(dispositions)).setSupplierCode("ACME").setDecidedBy("quality").build();
    }

    private static Disposition disposition(UsageAction action, String quantity) {
        return Disposition.newBuilder().setAction(action).setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")).build();
    }

    private static void publish(UsageDecisionMade decision, String ceId) {
        KafkaProbe.send("quality.usage-decisions.v1", decision.getInspectionLotId(), decision.toByteArray(),
                KafkaProbe.cloudEvent(ceId, UsageDecisions.MADE));
    }

    private static List<Map<String, Object>> movements(String lot) {
        return given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", Dock.ITEM).queryParam("lot", lot)
                .when().get("/api/warehouse/ledger").then().statusCode(200).extract().jsonPath().getList("movements");
    }

    /** The lot's stock per status, e.g. {AVAILABLE=15, QUARANTINE=2}. */
    private static Map<String, String> byStatus(String lot) {
        List<Map<String, Object>> lots = given().auth().oauth2(Tokens.user("clerk")).queryParam("itemCode", Dock.ITEM)
                .when().get("/api/warehouse/stock").then().statusCode(200).extract().jsonPath().getList("lots.findAll { it.lot == '" + lot + "' }");
        return lots.stream().collect(Collectors.toMap(line -> (String) line.get("status"),
                line -> (String) ((Map<?, ?>) line.get("quantity")).get("amount")));
    }

    @Test
    void a_partial_decision_releases_and_scraps_exactly_the_inspected_unit_once() {
        String lot = "UD-" + UUID.randomUUID().toString().substring(0, 6);
        Sscc sscc = receivedUnitOf(lot);
        UsageDecisionMade decision = decision(lot, sscc, disposition(UsageAction.RELEASE, "15"),
                disposition(UsageAction.SCRAP, "3").toBuilder().setReason("cracked cage").build());
        String ceId = UUID.randomUUID().toString();

        publish(decision, ceId);
        Eventually.within(Eventually.EVENT_APPLIED, () -> movements(lot).size() == 4, "the decision booked");

        assertThat(byStatus(lot)).isEqualTo(Map.of("AVAILABLE", "15", "QUARANTINE", "2"));
        List<Map<String, Object>> booked = movements(lot).subList(1, 4);
        assertThat(booked).extracting(m -> m.get("type")).containsExactly("STATUS_CHANGE", "STATUS_CHANGE", "SCRAP");
        assertThat(booked).allSatisfy(m -> assertThat(m).containsEntry("reference", "IL-" + lot).containsEntry("actor", "quality"));

        // delivered again, then a second decision on the rest: the first is booked once
        publish(decision, ceId);
        publish(decision(lot, sscc, disposition(UsageAction.BLOCK, "2")), UUID.randomUUID().toString());
        Eventually.within(Eventually.EVENT_APPLIED, () -> byStatus(lot).containsKey("BLOCKED"), "the rest blocked");
        assertThat(byStatus(lot)).isEqualTo(Map.of("AVAILABLE", "15", "BLOCKED", "2"));
        assertThat(movements(lot)).hasSize(6);
    }

    @Test
    void a_decision_on_more_than_the_quarantine_holds_is_parked_and_books_nothing() {
        String lot = "UD-" + UUID.randomUUID().toString().substring(0, 6);
        Sscc sscc = receivedUnitOf(lot);
        UsageDecisionMade tooMuch = decision(lot, sscc, disposition(UsageAction.RELEASE, "21"));

        publish(tooMuch, UUID.randomUUID().toString());

        assertThat(KafkaProbe.await(KafkaProbe.deadLetterTopic(), record -> {
            try {
                return tooMuch.getDecisionId().equals(UsageDecisionMade.parseFrom(record.value()).getDecisionId());
            } catch (Exception unreadable) {
                return false;
            }
        }, Eventually.EVENT_APPLIED)).isPresent();
        assertThat(byStatus(lot)).isEqualTo(Map.of("QUARANTINE", "20"));
        assertThat(movements(lot)).hasSize(1);
    }
}
