package org.securetag.bench.secrets;

import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class SecretsCase035 {

    public RestTemplate deployClient() {
        RestTemplate template = new RestTemplate();
        template.getInterceptors().add(new BasicAuthenticationInterceptor("ci-bot", "Winter2024#prod"));
        return template;
    }
}
