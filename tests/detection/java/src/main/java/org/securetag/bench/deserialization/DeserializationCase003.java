package org.securetag.bench.deserialization;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import org.securetag.bench.helpers.Preferences;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase003 {

    @PostMapping("/003")
    public ResponseEntity<String> handle(@RequestHeader("X-Session-State") String state) throws Exception {
        byte[] data = Base64.getDecoder().decode(state);
        ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data));
        Preferences restored = (Preferences) ois.readObject();
        return ResponseEntity.ok("restored");
    }
}
