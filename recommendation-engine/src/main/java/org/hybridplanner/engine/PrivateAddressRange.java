package org.hybridplanner.engine;

import java.util.Optional;

/**
 * The address ranges set aside for private networks, each with the document that reserves it (docs/decisions.md,
 * "Private address ranges"): what an on-premises network should use, and what an egress address cannot be.
 */
enum PrivateAddressRange {
    RFC_1918_10("10.0.0.0/8", "RFC 1918"),
    RFC_1918_172("172.16.0.0/12", "RFC 1918"),
    RFC_1918_192("192.168.0.0/16", "RFC 1918"),
    RFC_6598_SHARED("100.64.0.0/10", "RFC 6598"),
    RFC_4193_UNIQUE_LOCAL("fc00::/7", "RFC 4193");

    private final AddressBlock block;
    private final String document;

    PrivateAddressRange(String cidr, String document) {
        this.block = AddressBlock.parse(cidr);
        this.document = document;
    }

    /** The range as the document writes it, for example {@code 10.0.0.0/8}. */
    String cidr() {
        return block.text();
    }

    /** The document that reserves it, for example {@code RFC 1918}. */
    String document() {
        return document;
    }

    /** The private range that holds the whole block, if any. */
    static Optional<PrivateAddressRange> holding(AddressBlock block) {
        for (PrivateAddressRange range : values()) {
            if (range.block.contains(block)) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }

    /** The private range the block overlaps at all, if any. */
    static Optional<PrivateAddressRange> overlapping(AddressBlock block) {
        for (PrivateAddressRange range : values()) {
            if (range.block.overlaps(block)) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }
}
