package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakcipherCase015 {

    private static final String TRANSFORMATION = "AES/ECB/NoPadding";

    public byte[] encryptCardNumber(String cardNumber) throws GeneralSecurityException, IOException {
        byte[] plain = cardNumber.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        javax.crypto.KeyGenerator keyGen = javax.crypto.KeyGenerator.getInstance("AES");
        keyGen.init(256);
        javax.crypto.SecretKey key = keyGen.generateKey();
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(TRANSFORMATION);
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(plain);
        return sealed;
    }
}
