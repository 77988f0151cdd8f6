package org.securetag.bench.secrets;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase023 {

    private static final String MAPS_API_KEY = "AIzaaIMs29TQqgTe9BvugZV7_fxqHgepVHAu2Iq";

    public URI geocode(String address) {
        return URI.create("https://maps.googleapis.com/maps/api/geocode/json?address=" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "&key=" + MAPS_API_KEY);
    }
}
