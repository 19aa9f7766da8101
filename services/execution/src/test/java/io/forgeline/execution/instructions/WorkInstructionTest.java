package io.forgeline.execution.instructions;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.Terminal.jsonAs;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Work instructions per routing operation and their images: defined by planners, read by operators, refused field by field. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class WorkInstructionTest {

    /** A PNG's signature and the start of its header: what the upload checks. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};

    static final String BORE_AND_DEBURRED = """
            {"steps":[{"text":"Clamp the housing","textZh":"夹紧壳体","image":"%s"},{"text":"Bore to 25 mm"}],
             "fields":[{"code":"BORE","label":"Bore diameter","labelZh":"孔径","kind":"MEASUREMENT","unit":"mm","lowerLimit":"24.98",
                        "upperLimit":"25.020","required":true},
                       {"code":"DEBURRED","label":"Deburred","labelZh":"已去毛刺","kind":"CHECKBOX","required":true}]}""";

    static String path(String item, int sequence) {
        return "/api/execution/work-instructions/" + item + "/" + sequence;
    }

    static ValidatableResponse upload(String name, String contentType, byte[] bytes) {
        return as("planner").contentType(contentType).body(bytes).when().put("/api/execution/work-instruction-images/" + name).then();
    }

    /** An image of a name no other test uses, uploaded. */
    static String uploadedImage() {
        String name = code("img").toLowerCase(Locale.ROOT) + ".png";
        upload(name, "image/png", PNG).statusCode(201).body("contentType", equalTo("image/png")).body("size", equalTo(PNG.length));
        return name;
    }

    /** Defines the BORE and DEBURRED instruction for the item's operation. */
    static void defined(String item, int sequence) {
        jsonAs("planner", BORE_AND_DEBURRED.formatted(uploadedImage())).when().put(path(item, sequence)).then().statusCode(201);
    }

    @Test
    void a_planner_defines_an_operations_instruction_and_operators_read_it_with_its_revision() {
        String item = code("HOUSING");
        String image = uploadedImage();
        as("operator").when().get(path(item, 10)).then().statusCode(404);

        jsonAs("planner", BORE_AND_DEBURRED.formatted(image)).when().put(path(item, 10)).then().statusCode(201).body("revision", equalTo(1));
        as("operator").when().get(path(item, 10)).then().statusCode(200)
                .body("itemCode", equalTo(item)).body("operationSequence", equalTo(10)).body("revision", equalTo(1))
                .body("changedBy", equalTo("planner"))
                .body("steps[0].text", equalTo("Clamp the housing")).body("steps[0].textZh", equalTo("夹紧壳体"))
                .body("steps[0].image", equalTo(image)).body("steps[1].image", nullValue())
                .body("fields[0].code", equalTo("BORE")).body("fields[0].kind", equalTo("MEASUREMENT"))
                .body("fields[0].lowerLimit", equalTo("24.98")).body("fields[0].upperLimit", equalTo("25.02"))
                .body("fields[0].unit", equalTo("mm")).body("fields[0].required", equalTo(true))
                .body("fields[1].kind", equalTo("CHECKBOX")).body("fields[1].lowerLimit", nullValue());

        // the same instruction again changes nothing; another one replaces it whole
        jsonAs("planner", BORE_AND_DEBURRED.formatted(image)).when().put(path(item, 10)).then().statusCode(200).body("revision", equalTo(1));
        jsonAs("admin", """
                {"fields":[{"code":"torque","label":"Torque","kind":"measurement","unit":"Nm","lowerLimit":40}]}""")
                .when().put(path(item, 10)).then().statusCode(200).body("revision", equalTo(2)).body("steps.size()", equalTo(0))
                .body("fields.code", containsInAnyOrder("TORQUE")).body("fields[0].lowerLimit", equalTo("40"))
                .body("fields[0].upperLimit", nullValue()).body("fields[0].required", equalTo(false));
        jsonAs("operator", BORE_AND_DEBURRED.formatted(image)).when().put(path(item, 10)).then().statusCode(403);
    }

    @Test
    void every_wrong_field_is_named_by_its_json_pointer_and_nothing_is_stored() {
        String item = code("HOUSING");
        jsonAs("planner", """
                {"steps":[{"textZh":"无"},{"text":"ok","image":"Not An Image!"}],
                 "fields":[{"code":"BORE HOLE","label":"Bore","kind":"MEASUREMENT","lowerLimit":"25.1","upperLimit":"25.0"},
                           {"code":"DEBURRED","label":"Deburred","kind":"CHECKBOX","upperLimit":"1","unit":"mm"},
                           {"code":"DEBURRED","label":"Again","kind":"GAUGE"},
                           {"code":"T","label":"Torque","kind":"MEASUREMENT","lowerLimit":"forty"}]}""")
                .when().put(path(item, 10)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("/steps/0/text", "/steps/1/image", "/fields/0/code", "/fields/0/lowerLimit",
                        "/fields/1/unit", "/fields/1/upperLimit", "/fields/2/code", "/fields/2/kind", "/fields/3/lowerLimit"));
        jsonAs("planner", "{}").when().put(path(item, 10)).then().statusCode(400).body("errors[0].field", equalTo("/steps"));
        jsonAs("planner", """
                {"steps":[{"text":"Clamp the housing"},{"text":"Look","image":"nobody-uploaded-this.png"}]}""")
                .when().put(path(item, 10)).then().statusCode(422).body("errors[0].field", equalTo("/steps/1/image"))
                .body("detail", containsString("nobody-uploaded-this.png"));
        as("operator").when().get(path(item, 10)).then().statusCode(404);
    }

    @Test
    void an_image_is_served_as_uploaded_and_refused_when_it_is_not_what_it_claims_or_too_large() {
        String name = code("img").toLowerCase(Locale.ROOT) + ".jpg";
        upload(name, "image/png", JPEG).statusCode(400).body("errors[0].field", equalTo("body"));
        upload(name, "text/plain", JPEG).statusCode(415).contentType("application/problem+json");
        byte[] huge = Arrays.copyOf(JPEG, 2 * 1024 * 1024 + 1);
        upload(name, "image/jpeg", huge).statusCode(413).contentType("application/problem+json");
        upload("Bad Name.jpg", "image/jpeg", JPEG).statusCode(400).body("errors[0].field", equalTo("name"));
        as("operator").when().get("/api/execution/work-instruction-images/" + name).then().statusCode(404);

        upload(name, "image/jpeg", JPEG).statusCode(201).body("uploadedBy", equalTo("planner"));
        String etag = as("operator").when().get("/api/execution/work-instruction-images/" + name).then().statusCode(200)
                .contentType("image/jpeg").header("Cache-Control", containsString("max-age")).extract().header("ETag");
        byte[] served = as("operator").when().get("/api/execution/work-instruction-images/" + name).then().extract().asByteArray();
        assertArrayEquals(JPEG, served);
        as("operator").header("If-None-Match", etag).when().get("/api/execution/work-instruction-images/" + name).then().statusCode(304);
        upload(name, "image/jpeg", JPEG).statusCode(200);
        upload(name, "image/png", PNG).statusCode(200); // replaced by another format under the same name
        as("operator").when().get("/api/execution/work-instruction-images/" + name).then().statusCode(200).contentType("image/png");
    }
}
