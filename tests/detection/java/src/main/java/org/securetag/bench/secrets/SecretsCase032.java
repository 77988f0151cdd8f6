package org.securetag.bench.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase032 {

    public KeyStore keyStore(InputStream in, char[] storePassword) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(in, storePassword);
        return store;
    }
}
