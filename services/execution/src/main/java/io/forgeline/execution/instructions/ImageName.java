package io.forgeline.execution.instructions;

import java.util.regex.Pattern;

/** An image's name: lower-case letters, digits, '-' and '.', at most 64 characters, so it is safe in a path as it is. */
final class ImageName {

    static final String RULE = "must be lower-case letters, digits, '-' and '.', at most 64 characters, e.g. clamp-housing.png";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    private ImageName() {
    }

    static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
