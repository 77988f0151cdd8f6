package org.securetag.bench.redirect;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase035 {

    @GetMapping("/035")
    public ResponseEntity<Void> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String param = queryParams.getOrDefault("q", "");
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", param);
        String bar = (String) fields.get("keyB");
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(bar)).build();
    }
}
