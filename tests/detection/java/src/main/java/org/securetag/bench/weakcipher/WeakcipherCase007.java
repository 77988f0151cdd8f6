package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

@Service
public class WeakcipherCase007 {

    public byte[] encryptCardNumber(String cardNumber) throws GeneralSecurityException, IOException {
        byte[] plain = cardNumber.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance("DESede").generateKey();
        byte[] iv = new byte[8];
        new java.security.SecureRandom().nextBytes(iv);
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("DESede/CBC/PKCS5Padding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.IvParameterSpec(iv));
        byte[] sealed = cipher.doFinal(plain);
        return sealed;
    }
}
