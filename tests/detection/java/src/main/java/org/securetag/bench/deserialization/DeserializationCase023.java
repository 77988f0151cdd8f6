package org.securetag.bench.deserialization;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.util.Base64;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase023 {

    @PostMapping("/023")
    public ResponseEntity<String> handle(@RequestHeader("X-Session-State") String state) throws Exception {
        byte[] data = Base64.getDecoder().decode(state);
        ObjectInput input = new ObjectInputStream(new BufferedInputStream(new ByteArrayInputStream(data)));
        Object restored = input.readObject();
        return ResponseEntity.ok("restored");
    }
}
