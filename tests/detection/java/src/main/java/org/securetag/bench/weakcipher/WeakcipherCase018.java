package org.securetag.bench.weakcipher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Service;

@Service
public class WeakcipherCase018 {

    public byte[] encryptCardNumber(String cardNumber) throws GeneralSecurityException, IOException {
        byte[] plain = cardNumber.getBytes(StandardCharsets.US_ASCII);
        boolean legacyClients = false;
        String transformation = legacyClients ? "DES/ECB/PKCS5Padding" : "AES/GCM/NoPadding";
        KeyGenerator keyGen = KeyGenerator.getInstance("AES");
        keyGen.init(256);
        SecretKey key = keyGen.generateKey();
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance(transformation);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain);
        return sealed;
    }
}
