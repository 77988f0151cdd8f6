package org.securetag.bench.helpers;

/** Algorithm names used across the application, versioned as the storage format evolved. */
public final class CryptoSettings {

    public static final String DIGEST_V1 = "MD5";
    public static final String DIGEST_V2 = "SHA-256";
    public static final String CIPHER_V1 = "DES/ECB/PKCS5Padding";
    public static final String CIPHER_V2 = "AES/GCM/NoPadding";

    private CryptoSettings() {
    }
}
