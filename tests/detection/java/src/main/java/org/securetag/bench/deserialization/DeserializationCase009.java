package org.securetag.bench.deserialization;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase009 {

    @PostMapping("/009")
    public ResponseEntity<String> handle(@RequestBody byte[] data) throws Exception {
        java.io.ObjectInputStream ois = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(data));
        Object restored = ois.readUnshared();
        return org.springframework.http.ResponseEntity.ok(String.valueOf(restored));
    }
}
