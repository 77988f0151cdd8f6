package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase038 {

    public char[] recoveryPassphrase() {
        java.util.Random random = new java.security.SecureRandom();
        char[] phrase = new char[20];
        for (int i = 0; i < phrase.length; i++) {
            phrase[i] = (char) ('a' + random.nextInt(26));
        }
        return phrase;
    }
}
