/** Document numbers people say and print (MO-000042, PO-000017), gap-free enough and never reused. */
package io.forgeline.platform.numbering;
