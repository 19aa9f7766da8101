package io.forgeline.supply.supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** Onboarding: who the supplier is and whom to talk to there. The code becomes its token's supplier_id. */
public record NewSupplier(@NotBlank(message = "is required")
                          @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "must be 2 to 20 capital letters, digits or dashes") String code,
                          @NotBlank(message = "is required") String name,
                          @NotBlank(message = "is required") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE") String country,
                          Boolean approvalRequired,
                          @Valid List<@NotNull(message = "is required") Contact> contacts) {

    /** A person at the supplier (personal data). */
    public record Contact(@NotBlank(message = "is required") String name, String role,
                          @jakarta.validation.constraints.Email(message = "must be an e-mail address") String email, String phone) {
    }
}
