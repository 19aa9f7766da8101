package io.forgeline.ident.cli;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.scan.ScanReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The scan command: one argument in, one JSON object out; exit 2 when the scan cannot be read. */
public final class Scan {

    static final int READ = 0;
    static final int REFUSED = 2;

    private Scan() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = run(args, out, new ScanReader());
        out.flush();
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, ScanReader reader) {
        if (args.length != 1) {
            out.println(new Json().field("error", "usage: bin/forgeline scan '<input>' (exactly one argument, quoted)"));
            return REFUSED;
        }
        TypedInput input = TypedInput.of(args[0]);
        try {
            out.println(ScanJson.of(reader.read(input.text())));
            return READ;
        } catch (InvalidCode refusal) {
            Json error = new Json().field("error", refusal.getMessage());
            if (refusal.position() >= 0) {
                error.field("position", input.typedPosition(refusal.position()));
            }
            out.println(error);
            return REFUSED;
        }
    }
}
