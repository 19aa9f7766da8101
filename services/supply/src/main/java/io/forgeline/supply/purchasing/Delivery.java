package io.forgeline.supply.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Goods of one purchase order line arriving at our dock on one day. A line arrives in one delivery or, split, in several. */
public record Delivery(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, LocalDate date) {
}
