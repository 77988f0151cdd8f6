package org.securetag.bench.secrets;

import com.sendgrid.SendGrid;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase025 {

    public SendGrid client() {
        return new com.sendgrid.SendGrid("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");
    }
}
