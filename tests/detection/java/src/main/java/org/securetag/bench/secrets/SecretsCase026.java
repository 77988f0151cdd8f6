package org.securetag.bench.secrets;

import com.sendgrid.SendGrid;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase026 {

    public SendGrid client() {
        software.amazon.awssdk.services.secretsmanager.SecretsManagerClient secrets = software.amazon.awssdk.services.secretsmanager.SecretsManagerClient.create();
        String key = secrets.getSecretValue(software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest.builder().secretId("prod/mail/sendgrid").build()).secretString();
        return new com.sendgrid.SendGrid(key);
    }
}
