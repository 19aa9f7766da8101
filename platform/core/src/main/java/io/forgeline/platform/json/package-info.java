/** How every service writes JSON. */
package io.forgeline.platform.json;
