package dev.integrations;

/** Limits of the stored text columns. */
public final class StoredText {

    /** The longest string a text column holds; longer values are rejected on the way in. */
    public static final int MAX_LENGTH = 2048;

    /** The longest JSON a column holds: no request body is longer. */
    public static final int MAX_DOCUMENT_LENGTH = 1 << 20;

    private StoredText() {}
}
