package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase034 {

    @org.springframework.beans.factory.annotation.Value("${billing.db.password}")
    private String password;

    public String password() {
        return password;
    }
}
