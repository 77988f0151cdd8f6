package org.securetag.bench.deserialization;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import org.securetag.bench.helpers.Preferences;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase020 {

    private static Object restore(byte[] bytes) throws IOException {
        return new ObjectMapper().readValue(bytes, Preferences.class);
    }

    @PostMapping("/020")
    public ResponseEntity<String> handle(@RequestHeader("X-Session-State") String state) throws Exception {
        byte[] data = Base64.getDecoder().decode(state);
        Object restored = restore(data);
        return ResponseEntity.ok("restored");
    }
}
