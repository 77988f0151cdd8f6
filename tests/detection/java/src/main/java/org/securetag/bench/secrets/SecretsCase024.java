package org.securetag.bench.secrets;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase024 {

    private final Environment environment;

    public SecretsCase024(Environment environment) {
        this.environment = environment;
    }

    public URI geocode(String address) {
        return URI.create("https://maps.googleapis.com/maps/api/geocode/json?address=" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "&key=" + environment.getProperty("maps.api-key"));
    }
}
