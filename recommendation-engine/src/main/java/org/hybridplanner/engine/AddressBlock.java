package org.hybridplanner.engine;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Comparator;

/**
 * An IPv4 or IPv6 block of a plan (a CIDR range, or one address as a block of one) as its first and last address,
 * for the network sanity checks. Built only from literals the plan's validation has accepted, so parsing never
 * resolves a name.
 *
 * @param text the block as the plan writes it
 * @param ipv6 whether it is an IPv6 block; blocks of different families never overlap
 */
record AddressBlock(String text, boolean ipv6, BigInteger first, BigInteger last) {
    /** By family, then first address, then last: the order the overlap check walks. */
    static final Comparator<AddressBlock> IN_ORDER = Comparator.comparing(AddressBlock::ipv6)
            .thenComparing(AddressBlock::first)
            .thenComparing(AddressBlock::last);

    /** The block of a validated CIDR literal ({@code 10.20.0.0/16}) or address literal ({@code 203.0.113.10}). */
    static AddressBlock parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes;
        try {
            // Validated literals only; brackets keep an IPv6 literal a literal.
            bytes = InetAddress.getByName(address.contains(":") ? "[" + address + "]" : address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + text, e);
        }
        int bits = bytes.length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
        BigInteger first = new BigInteger(1, bytes);
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        first = first.andNot(hostMask);
        return new AddressBlock(text, bytes.length == 16, first, first.or(hostMask));
    }

    boolean overlaps(AddressBlock other) {
        return ipv6 == other.ipv6 && first.compareTo(other.last) <= 0 && other.first.compareTo(last) <= 0;
    }

    boolean contains(AddressBlock other) {
        return ipv6 == other.ipv6 && first.compareTo(other.first) <= 0 && other.last.compareTo(last) <= 0;
    }
}
