package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase012 {

    private static final String VERIFY_KEY_PEM =
            "-----BEGIN PUBLIC KEY-----\n"
            + "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAEelnSzDE7b5I3/rUhvRn\n"
            + "YxZSFFI4W6aJ7fu+JedwymPuAyR4IQvT0+03d8FULWdgwK1KrbFvdy+UGmUtE0n1\n"
            + "-----END PUBLIC KEY-----\n";

    public String verificationKey() {
        return VERIFY_KEY_PEM;
    }
}
