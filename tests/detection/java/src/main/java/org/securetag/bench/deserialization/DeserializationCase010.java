package org.securetag.bench.deserialization;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase010 {

    @PostMapping("/010")
    public ResponseEntity<String> handle(@RequestHeader("X-Session-State") String state) throws Exception {
        byte[] data = java.util.Base64.getDecoder().decode(state);
        org.apache.commons.io.serialization.ValidatingObjectInputStream ois = new org.apache.commons.io.serialization.ValidatingObjectInputStream(new java.io.ByteArrayInputStream(data));
        ois.accept(org.securetag.bench.helpers.Preferences.class);
        Object restored = ois.readObject();
        return org.springframework.http.ResponseEntity.ok("restored");
    }
}
