package io.forgeline.ident.epc;

import io.forgeline.ident.InvalidCode;
import java.util.ArrayList;
import java.util.List;

/** Reads EPC tag URIs (urn:epc:tag:sgtin-96:3.0614141.812345.6789) and pure identity URIs (urn:epc:id:...). */
public final class EpcUris {

    private static final String TAG = "urn:epc:tag:";
    private static final String ID = "urn:epc:id:";

    private EpcUris() {
    }

    public static EpcTag parseTagUri(String uri) {
        if (!uri.startsWith(TAG)) {
            throw new InvalidCode("a tag URI starts with " + TAG, 0);
        }
        int colon = uri.indexOf(':', TAG.length());
        if (colon < 0) {
            throw new InvalidCode("the tag encoding name must end with ':'", TAG.length());
        }
        String name = uri.substring(TAG.length(), colon);
        EpcScheme scheme = EpcScheme.byTagName(name);
        if (scheme == null) {
            throw new InvalidCode("'" + name + "' is not a tag encoding this library reads "
                    + "(sgtin-96, sscc-96, sgln-96, grai-96, giai-96)", TAG.length());
        }
        List<int[]> fields = fields(uri, colon + 1);
        int[] filterField = fields.get(0);
        String filter = text(uri, filterField);
        if (filter.length() != 1 || filter.charAt(0) < '0' || filter.charAt(0) > '7') {
            throw new InvalidCode("the filter value is one digit 0-7, not '" + filter + "'", filterField[0]);
        }
        PureIdentity identity = identity(scheme, uri, fields.subList(1, fields.size()), fields.get(0)[0]);
        try {
            return new EpcTag(scheme, filter.charAt(0) - '0', identity);
        } catch (InvalidCode refusal) {
            throw refusal.position() >= 0 ? refusal : new InvalidCode(refusal.getMessage(), filterField[0] + 2);
        }
    }

    public static PureIdentity parsePureIdentity(String uri) {
        if (!uri.startsWith(ID)) {
            throw new InvalidCode("a pure identity URI starts with " + ID, 0);
        }
        int colon = uri.indexOf(':', ID.length());
        if (colon < 0) {
            throw new InvalidCode("the EPC scheme name must end with ':'", ID.length());
        }
        String name = uri.substring(ID.length(), colon);
        EpcScheme scheme = null;
        for (EpcScheme candidate : EpcScheme.values()) {
            if (candidate.identityName().equals(name)) {
                scheme = candidate;
            }
        }
        if (scheme == null) {
            throw new InvalidCode("'" + name + "' is not an EPC scheme this library reads (sgtin, sscc, sgln, grai, giai)",
                    ID.length());
        }
        return identity(scheme, uri, fields(uri, colon + 1), colon + 1);
    }

    private static PureIdentity identity(EpcScheme scheme, String uri, List<int[]> fields, int fieldsAt) {
        int expected = switch (scheme) {
            case SSCC_96, GIAI_96 -> 2;
            default -> 3;
        };
        if (fields.size() != expected) {
            throw new InvalidCode("an " + scheme.identityName() + " EPC has " + expected + " fields separated by '.', not "
                    + fields.size(), fieldsAt);
        }
        String companyPrefix = text(uri, fields.get(0));
        EpcUriText.requireDigits("the company prefix", companyPrefix, fields.get(0)[0]);
        if (companyPrefix.length() < 6 || companyPrefix.length() > 12) {
            throw new InvalidCode("an EPC company prefix has 6 to 12 digits, not " + companyPrefix.length(), fields.get(0)[0]);
        }
        String second = text(uri, fields.get(1));
        if (scheme != EpcScheme.GIAI_96) {
            EpcUriText.requireDigits("the reference", second, fields.get(1)[0]);
        }
        try {
            return switch (scheme) {
                case SGTIN_96 -> new SgtinIdentity(companyPrefix, second, unescaped(uri, fields.get(2)));
                case SSCC_96 -> new SsccIdentity(companyPrefix, second);
                case SGLN_96 -> new SglnIdentity(companyPrefix, second, unescaped(uri, fields.get(2)));
                case GRAI_96 -> new GraiIdentity(companyPrefix, second, unescaped(uri, fields.get(2)));
                case GIAI_96 -> new GiaiIdentity(companyPrefix, unescaped(uri, fields.get(1)));
            };
        } catch (InvalidCode refusal) {
            throw refusal.position() >= 0 ? refusal : new InvalidCode(refusal.getMessage(), fields.get(1)[0]);
        }
    }

    private static String unescaped(String uri, int[] field) {
        return EpcUriText.unescape(text(uri, field), field[0]);
    }

    private static List<int[]> fields(String uri, int from) {
        List<int[]> fields = new ArrayList<>();
        int at = from;
        while (true) {
            int dot = uri.indexOf('.', at);
            int end = dot < 0 ? uri.length() : dot;
            fields.add(new int[] {at, end});
            if (dot < 0) {
                return fields;
            }
            at = dot + 1;
        }
    }

    private static String text(String uri, int[] field) {
        return uri.substring(field[0], field[1]);
    }
}
