package dev.integrations.integration.entity;

/** Limits of the stored text columns. */
public final class StoredText {

    /** The longest string a text column holds; longer values are rejected on the way in. */
    public static final int MAX_LENGTH = 2048;

    private StoredText() {}
}
