package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase013 {

    public void configure() {
        com.stripe.Stripe.apiKey = "sk_live_VKShL8m3oYLKsEPC7cFNon7Q";
    }
}
