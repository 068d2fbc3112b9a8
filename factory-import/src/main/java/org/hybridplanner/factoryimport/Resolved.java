package org.hybridplanner.factoryimport;

/**
 * A value of the export as far as it can be known without guessing: {@code value} when the export states it
 * (literally or through a parameter the parameters file or its default sets), otherwise null, with {@code source}
 * saying where it is kept instead (a secure parameter, a Key Vault secret, an expression). Never holds a secret:
 * secrets are never resolved.
 */
record Resolved(String value, String source) {
    static Resolved known(String value, String source) {
        return new Resolved(value, source);
    }

    static Resolved unknown(String why) {
        return new Resolved(null, why);
    }

    boolean isKnown() {
        return value != null;
    }
}
