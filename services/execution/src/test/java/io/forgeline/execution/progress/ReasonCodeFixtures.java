package io.forgeline.execution.progress;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.Terminal.jsonAs;

/** Reason codes a test defines through the API, as a planner would. */
final class ReasonCodeFixtures {

    private ReasonCodeFixtures() {
    }

    /** A reason code of {@code kind} the plant defined and then retired. */
    static String inactive(String kind) {
        String code = code("OLD");
        jsonAs("planner", "{\"name\":\"Retired reason\",\"nameZh\":\"停用原因\",\"active\":false}")
                .when().put("/api/execution/reason-codes/" + kind + "/" + code).then().statusCode(201);
        return code;
    }
}
