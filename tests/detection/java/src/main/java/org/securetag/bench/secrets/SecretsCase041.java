package org.securetag.bench.secrets;

import java.util.Properties;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase041 {

    public Properties mailProperties() {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("mail.smtp.host", "smtp.example.com");
        props.setProperty("mail.smtp.user", "alerts");
        props.setProperty("mail.smtp.password", "h4rd2Gu3ss$mtp");
        return props;
    }
}
