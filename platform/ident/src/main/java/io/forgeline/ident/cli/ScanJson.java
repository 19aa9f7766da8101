package io.forgeline.ident.cli;

import io.forgeline.ident.epc.EpcTag;
import io.forgeline.ident.epc.GiaiIdentity;
import io.forgeline.ident.epc.GraiIdentity;
import io.forgeline.ident.epc.PureIdentity;
import io.forgeline.ident.epc.SglnIdentity;
import io.forgeline.ident.epc.SgtinIdentity;
import io.forgeline.ident.epc.SsccIdentity;
import io.forgeline.ident.gs1.Element;
import io.forgeline.ident.scan.Scanned;
import java.util.ArrayList;
import java.util.List;

/** The JSON shapes of the scan command, one per kind of scan. */
final class ScanJson {

    private ScanJson() {
    }

    static Json of(Scanned scanned) {
        return switch (scanned) {
            case Scanned.Gs1 gs1 -> gs1(gs1);
            case Scanned.Epc epc -> epc(epc);
            case Scanned.Plain plain -> new Json().field("type", "plain").field("value", plain.value());
        };
    }

    private static Json gs1(Scanned.Gs1 gs1) {
        List<Json> elements = new ArrayList<>();
        for (Element element : gs1.elements().elements()) {
            Json json = new Json().field("ai", element.ai()).field("title", element.title()).field("value", element.value());
            element.date().ifPresent(date -> json.field("date", date.toString()));
            element.decimal().ifPresent(decimal -> json.field("decimal", decimal.toPlainString()));
            element.currency().ifPresent(currency -> json.field("currency", currency.getCurrencyCode()));
            elements.add(json);
        }
        return new Json().field("type", "gs1").field("source", gs1.elements().source().label()).field("elements", elements);
    }

    private static Json epc(Scanned.Epc epc) {
        PureIdentity identity = epc.identity();
        Json json = new Json().field("type", "epc")
                .field("scheme", epc.tag().map(tag -> tag.scheme().tagName()).orElse(identity.scheme().identityName()));
        epc.tag().ifPresent(tag -> json.field("filter", tag.filter()));
        json.field("companyPrefix", identity.companyPrefix());
        switch (identity) {
            case SgtinIdentity sgtin -> json.field("itemReference", sgtin.itemReference()).field("serial", sgtin.serial());
            case SsccIdentity sscc -> json.field("serialReference", sscc.serialReference());
            case SglnIdentity sgln -> json.field("locationReference", sgln.locationReference()).field("extension", sgln.extension());
            case GraiIdentity grai -> json.field("assetType", grai.assetType()).field("serial", grai.serial());
            case GiaiIdentity giai -> json.field("assetReference", giai.assetReference());
        }
        epc.tag().ifPresent(tag -> json.field("tagUri", tag.tagUri()));
        json.field("pureIdentityUri", identity.uri());
        switch (identity) {
            case SgtinIdentity sgtin -> json.field("gtin", sgtin.gtin().value());
            case SsccIdentity sscc -> json.field("sscc", sscc.sscc().value());
            case SglnIdentity sgln -> json.field("gln", sgln.gln().value());
            case GraiIdentity grai -> json.field("grai", grai.grai());
            case GiaiIdentity giai -> json.field("giai", giai.giai());
        }
        epc.tag().map(EpcTag::hex).ifPresent(hex -> json.field("hex", hex));
        return json;
    }
}
