package io.forgeline.execution.instructions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats a terminal's browser shows, told apart by their first bytes: a header saying image/png over bytes
 * that are something else is refused, so nothing but images is ever served back as one. Pure rule, no I/O.
 */
enum ImageFormat {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    WEBP("image/webp", "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    /** Large enough for a step's photo, small enough for a terminal on a busy shop-floor network. */
    static final int MOST_BYTES = 2 * 1024 * 1024;

    private final String mediaType;
    private final byte[] magic;

    ImageFormat(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format a Content-Type header names (parameters ignored), if it is one of these. */
    static Optional<ImageFormat> named(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    /** Whether the bytes begin as this format's files do (a WebP file: RIFF, its size, then WEBP). */
    boolean begins(byte[] bytes) {
        if (bytes.length < magic.length || !Arrays.equals(Arrays.copyOf(bytes, magic.length), magic)) {
            return false;
        }
        return this != WEBP || (bytes.length >= 12 && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P');
    }
}
