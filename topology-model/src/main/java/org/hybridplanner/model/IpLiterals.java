package org.hybridplanner.model;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Checks IPv4/IPv6 address and CIDR literals without ever resolving a name. Each check returns null when the
 * literal is fine, or the message to show.
 */
final class IpLiterals {
    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpLiterals() {
    }

    /** Null when {@code text} is an IPv4 or IPv6 address literal, else why not. */
    static String addressProblem(String text) {
        return parse(text) == null ? "is not a valid IPv4 or IPv6 address" : null;
    }

    /** Null when {@code text} is a CIDR block with no host bits set, else why not. */
    static String cidrProblem(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return "is not a CIDR block (expected address/prefix, for example 10.10.0.0/16)";
        }
        InetAddress address = parse(text.substring(0, slash));
        if (address == null) {
            return "is not a valid CIDR block: the address part is not an IPv4 or IPv6 address";
        }
        int maxPrefix = address.getAddress().length * 8;
        String prefixText = text.substring(slash + 1);
        if (!prefixText.matches("\\d{1,3}") || Integer.parseInt(prefixText) > maxPrefix) {
            return "is not a valid CIDR block: the prefix length must be 0 to " + maxPrefix;
        }
        int prefix = Integer.parseInt(prefixText);
        BigInteger bits = new BigInteger(1, address.getAddress());
        BigInteger hostMask = BigInteger.ONE.shiftLeft(maxPrefix - prefix).subtract(BigInteger.ONE);
        if (!bits.and(hostMask).equals(BigInteger.ZERO)) {
            BigInteger network = bits.andNot(hostMask);
            return "has host bits set; did you mean " + format(network, address.getAddress().length) + "/" + prefix
                    + "?";
        }
        return null;
    }

    private static InetAddress parse(String text) {
        try {
            if (IPV4.matcher(text).matches()) {
                return InetAddress.getByName(text);
            }
            if (text.contains(":") && IPV6_CHARACTERS.matcher(text).matches()) {
                // Brackets make the JDK treat it strictly as a literal: an invalid one fails, never a DNS lookup.
                return InetAddress.getByName("[" + text + "]");
            }
        } catch (UnknownHostException e) {
            return null;
        }
        return null;
    }

    private static String format(BigInteger value, int byteCount) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[byteCount];
        int copy = Math.min(raw.length, byteCount);
        System.arraycopy(raw, raw.length - copy, bytes, byteCount - copy, copy);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
