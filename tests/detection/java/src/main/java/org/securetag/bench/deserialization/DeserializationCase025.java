package org.securetag.bench.deserialization;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase025 {

    @PostMapping("/025")
    public ResponseEntity<String> handle(@RequestBody byte[] data) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data));
        Object restored = ois.readObject();
        return ResponseEntity.ok(String.valueOf(restored));
    }
}
