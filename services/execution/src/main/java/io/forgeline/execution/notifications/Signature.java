package io.forgeline.execution.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@value #HEADER}: {@code sha256=<hex HMAC-SHA256 of the body's UTF-8 bytes, keyed with the
 * route's secret as UTF-8>}. The receiver computes the same over the bytes it got and compares in constant time.
 */
public final class Signature {

    public static final String HEADER = "X-Forgeline-Signature";

    private Signature() {
    }

    public static String of(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
