package io.forgeline.supply;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * Every answer a partner call gets in these tests is checked against api-contracts' OpenAPI document (Atlassian's
 * swagger-request-validator), so code and contract cannot drift: a field the contract does not name, a missing one,
 * a wrong format or an undocumented status fails the test that made the call. Requests are not checked: tests send
 * malformed ones on purpose.
 */
public final class PartnerContract {

    public static final OpenApiValidationFilter ANSWERS = new OpenApiValidationFilter(OpenApiInteractionValidator
            .createForSpecificationUrl("openapi/partner-api.yaml")
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .build());

    private PartnerContract() {
    }
}
