package org.securetag.bench.secrets;

import org.springframework.stereotype.Service;

@Service
public class SecretsCase014 {

    public void configure() {
        com.stripe.Stripe.apiKey = System.getenv("STRIPE_API_KEY");
    }
}
