package org.securetag.bench.deserialization;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase006 {

    @PostMapping("/006")
    public ResponseEntity<String> handle(@RequestBody byte[] data) throws Exception {
        org.securetag.bench.helpers.Preferences restored = new com.google.gson.Gson().fromJson(new String(data, java.nio.charset.StandardCharsets.UTF_8), org.securetag.bench.helpers.Preferences.class);
        return org.springframework.http.ResponseEntity.ok(String.valueOf(restored));
    }
}
