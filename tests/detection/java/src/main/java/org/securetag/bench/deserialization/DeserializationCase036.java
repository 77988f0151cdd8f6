package org.securetag.bench.deserialization;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase036 {

    @PostMapping("/036")
    public ResponseEntity<String> handle(@RequestHeader("X-Session-State") String state) throws Exception {
        byte[] data = java.util.Base64.getDecoder().decode(state);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode restored = mapper.readTree(data);
        return org.springframework.http.ResponseEntity.ok("restored");
    }
}
