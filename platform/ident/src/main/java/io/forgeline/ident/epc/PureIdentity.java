package io.forgeline.ident.epc;

import io.forgeline.ident.gs1.ElementString;

/**
 * What an EPC identifies, independent of how a tag encodes it: the company prefix split off from the
 * rest, which is what distinguishes an EPC from the bare GS1 key.
 */
public sealed interface PureIdentity permits SgtinIdentity, SsccIdentity, SglnIdentity, GraiIdentity, GiaiIdentity {

    String companyPrefix();

    /** The pure identity URI, e.g. urn:epc:id:sgtin:0614141.812345.6789. */
    String uri();

    /** The same identity as GS1 element strings: (01)+(21), (00), (414)+(254), (8003) or (8004). */
    ElementString elementString();

    /** The 96-bit scheme that can encode this kind of identity. */
    EpcScheme scheme();
}
