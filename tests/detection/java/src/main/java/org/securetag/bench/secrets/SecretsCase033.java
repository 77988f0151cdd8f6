package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase033 {

    @org.springframework.beans.factory.annotation.Value("${billing.db.password:s3cr3tP4ssw0rd!}")
    private String password;

    public String password() {
        return password;
    }
}
