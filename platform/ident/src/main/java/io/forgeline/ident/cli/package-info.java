/**
 * {@code bin/forgeline scan '<input>'}: prints what a scan means as one JSON object (exit 0) or the
 * refusal with its position (exit 2). Shell users may write the GS separator as {@code \x1d} or
 * {@code <GS>}.
 */
package io.forgeline.ident.cli;
