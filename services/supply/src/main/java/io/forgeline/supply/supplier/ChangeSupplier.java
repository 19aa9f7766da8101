package io.forgeline.supply.supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** What a buyer keeps up to date about a supplier; {@code contacts} replaces the list when given. */
public record ChangeSupplier(@NotBlank(message = "is required") String name,
                             @NotBlank(message = "is required") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE") String country,
                             Boolean approvalRequired,
                             @Valid List<NewSupplier.@NotNull(message = "is required") Contact> contacts) {
}
