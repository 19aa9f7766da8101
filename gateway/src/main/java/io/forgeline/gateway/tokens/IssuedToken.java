package io.forgeline.gateway.tokens;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/** The access token a sign-in's JSON answer hands out ({@code "accessToken"}), as execution's terminal sessions give it. */
final class IssuedToken {

    private IssuedToken() {
    }

    /** @return the token, or null when the answer is no JSON object or carries none */
    static String in(Buffer answer) {
        if (answer == null || answer.length() == 0 || answer.getByte(0) != '{') {
            return null;
        }
        try {
            Object token = new JsonObject(answer).getValue("accessToken");
            return token instanceof String text && !text.isBlank() ? text : null;
        } catch (DecodeException notJson) {
            return null;
        }
    }
}
