package io.forgeline.quality.inspectionlot;

import static io.forgeline.quality.inspectionlot.Inspections.as;
import static io.forgeline.quality.inspectionlot.Inspections.opened;
import static io.forgeline.quality.inspectionlot.Inspections.supplier;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A decision sent again with the same Idempotency-Key (the engineer's browser retried) answers like the first time
 * and publishes one decision; the same key for another decision is refused. Proven here rather than in the
 * system tests' walk, whose lots have no stock a decision could move.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class DecisionIdempotencyTest {

    @Test
    void a_repeated_decision_is_answered_from_the_first_and_published_once() {
        String lot = opened(supplier(), 1000);
        String key = UUID.randomUUID().toString();
        String first = as("quality").header("Idempotency-Key", key).body("{\"outcome\":\"REJECTED\",\"comment\":\"noisy\",\"signature\":{\"password\":\"quality\"}}")
                .when().post("/api/quality/inspection-lots/" + lot + "/decision").then().statusCode(200)
                .body("decision.outcome", equalTo("REJECTED")).extract().path("decision.id");
        as("quality").header("Idempotency-Key", key).body("{\"outcome\":\"REJECTED\",\"comment\":\"noisy\",\"signature\":{\"password\":\"quality\"}}")
                .when().post("/api/quality/inspection-lots/" + lot + "/decision").then().statusCode(200)
                .body("decision.id", equalTo(first));
        as("quality").header("Idempotency-Key", key).body("{\"outcome\":\"ACCEPTED\",\"signature\":{\"password\":\"quality\"}}")
                .when().post("/api/quality/inspection-lots/" + lot + "/decision").then().statusCode(422);

        Inspections.published(lot);
        // the relay has published what there is by now; a second decision would sit right behind the first
        KafkaProbe.await(Inspections.DECISIONS, record -> false, Duration.ofSeconds(2));
        assertEquals(1, KafkaProbe.all(Inspections.DECISIONS).stream().filter(record -> lot.equals(record.key())).count());
    }
}
