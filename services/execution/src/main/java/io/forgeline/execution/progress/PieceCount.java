package io.forgeline.execution.progress;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A count of pieces as the database keeps it: 0 or more, at most 12 digits before and 6 after the decimal point. */
@DecimalMin(value = "0", message = "must be 0 or more")
@Digits(integer = 12, fraction = 6, message = "must have at most 12 digits before and 6 after the decimal point")
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@interface PieceCount {

    String message() default "is not a count of pieces";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
