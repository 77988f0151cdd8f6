package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase037 {

    public void initTwilio() {
        com.twilio.Twilio.init("ACd85cccdd00089833bce3641894c38c73", "a5f671881cac39c7fbae46092d511e16");
    }
}
