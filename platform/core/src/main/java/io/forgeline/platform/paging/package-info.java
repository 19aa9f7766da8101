/**
 * Paged lists: a page of rows and how many there are, answered as a JSON array with {@code X-Total-Count} and an
 * RFC 8288 {@code Link} header to the next page, so a client that reads only the body still gets the first page.
 */
package io.forgeline.platform.paging;
