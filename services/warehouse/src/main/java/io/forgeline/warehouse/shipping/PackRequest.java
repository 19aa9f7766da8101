package io.forgeline.warehouse.shipping;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;

/**
 * What goes into one new handling unit: lots of the delivery's picked goods and how much of each. No contents (or no
 * body) packs everything picked that is not packed yet.
 */
public record PackRequest(List<@NotNull(message = "must not be null") @Valid Content> contents) {

    public record Content(
            @NotBlank(message = "is required") String itemCode,
            @NotBlank(message = "is required") String lot,
            @NotNull(message = "is required") @Positive(message = "must be greater than 0")
            @Digits(integer = 12, fraction = 6, message = "must have at most 12 digits before and 6 after the decimal point")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {
    }

    static final PackRequest EVERYTHING = new PackRequest(null);

    boolean everything() {
        return contents == null || contents.isEmpty();
    }
}
