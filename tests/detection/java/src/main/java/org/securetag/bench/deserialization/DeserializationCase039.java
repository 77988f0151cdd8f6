package org.securetag.bench.deserialization;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase039 {

    @PostMapping("/039")
    public ResponseEntity<String> handle(@RequestHeader("X-Session-State") String state) throws Exception {
        byte[] data = java.util.Base64.getDecoder().decode(state);
        Object restored = org.apache.commons.lang3.SerializationUtils.deserialize(data);
        return org.springframework.http.ResponseEntity.ok("restored");
    }
}
