package io.forgeline.labels;

import java.util.Objects;

/**
 * The label on a storage location: its code as a Code 128 barcode (what the clerk's scanner reads, exactly the code)
 * and in large letters, with the zone it belongs to.
 */
public record BinLabel(String code, String zone) {

    public BinLabel {
        Objects.requireNonNull(code, "code");
        if (code.isBlank() || !code.chars().allMatch(c -> c >= 32 && c < 127)) {
            throw new IllegalArgumentException("a bin code is printable ASCII: " + code);
        }
    }
}
