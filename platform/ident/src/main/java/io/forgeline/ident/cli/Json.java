package io.forgeline.ident.cli;

import java.util.List;

/** One JSON object written by hand: the command prints a handful of fields, not worth a JSON library's start-up. */
final class Json {

    private final StringBuilder text = new StringBuilder("{");

    Json field(String name, String value) {
        name(name);
        quoted(value);
        return this;
    }

    Json field(String name, long value) {
        name(name);
        text.append(value);
        return this;
    }

    Json field(String name, List<Json> objects) {
        name(name);
        text.append('[');
        for (int i = 0; i < objects.size(); i++) {
            text.append(i > 0 ? "," : "").append(objects.get(i));
        }
        text.append(']');
        return this;
    }

    private void name(String name) {
        if (text.length() > 1) {
            text.append(',');
        }
        quoted(name);
        text.append(':');
    }

    private void quoted(String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    @Override
    public String toString() {
        return text + "}";
    }
}
