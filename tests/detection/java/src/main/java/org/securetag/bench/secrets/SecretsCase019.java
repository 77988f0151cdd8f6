package org.securetag.bench.secrets;

import java.util.Properties;
import javax.mail.Authenticator;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase019 {

    public Session mailSession(Properties props) {
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("alerts@example.com", "h4rd2Gu3ss$mtp");
            }
        });
    }
}
