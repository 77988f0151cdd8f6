package org.securetag.bench.deserialization;

import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase029 {

    @PostMapping("/029")
    public ResponseEntity<String> handle(@RequestHeader("X-Session-State") String state) throws Exception {
        byte[] data = Base64.getDecoder().decode(state);
        XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(data));
        Object restored = decoder.readObject();
        decoder.close();
        return ResponseEntity.ok("restored");
    }
}
