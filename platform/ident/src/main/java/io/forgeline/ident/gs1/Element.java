package io.forgeline.ident.gs1;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One element string: an Application Identifier and its data, already checked against the AI table.
 * Dates (YYMMDD with the century rule and DD=00) and implied decimals (310n, 392n...) come resolved.
 */
public final class Element {

    private final ApplicationIdentifier ai;
    private final String value;
    private final LocalDate date;

    Element(ApplicationIdentifier ai, String value, LocalDate date) {
        this.ai = ai;
        this.value = value;
        this.date = date;
    }

    /** The AI code, e.g. "17". */
    public String ai() {
        return ai.code();
    }

    public ApplicationIdentifier definition() {
        return ai;
    }

    public String title() {
        return ai.title();
    }

    /** The data exactly as encoded, e.g. "261231" or "001250". */
    public String value() {
        return value;
    }

    /** The date the data starts with (expiry, best before, production...), DD=00 read as the month's last day. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** The measure, amount or price with its implied decimal point placed: (3103)001250 is 1.250. */
    public Optional<BigDecimal> decimal() {
        if (ai.decimalPlaces() < 0) {
            return Optional.empty();
        }
        String digits = currency().isPresent() ? value.substring(3) : value;
        return Optional.of(new BigDecimal(new BigInteger(digits), ai.decimalPlaces()));
    }

    /** The ISO 4217 currency of an amount or price that names one (391n, 393n). */
    public Optional<Currency> currency() {
        if (ai.decimalPlaces() < 0 || ai.components().size() < 2
                || ai.components().get(0).checks().isEmpty()
                || ai.components().get(0).checks().get(0) != ContentCheck.CURRENCY) {
            return Optional.empty();
        }
        return Optional.ofNullable(ContentCheck.Currencies.byNumericCode(Integer.parseInt(value.substring(0, 3))));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Element element && element.ai == ai && element.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ai.code(), value);
    }

    @Override
    public String toString() {
        return "(" + ai.code() + ")" + value;
    }
}
