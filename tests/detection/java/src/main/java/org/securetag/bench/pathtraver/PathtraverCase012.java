package org.securetag.bench.pathtraver;

import java.util.HashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase012 {

    @PostMapping("/012")
    public ResponseEntity<String> handle(@RequestParam("name") String supplied) throws Exception {
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "report.txt");
        fields.put("keyB", supplied);
        String choice = (String) fields.get("keyA");
        java.io.File exportDir = new java.io.File(System.getProperty("java.io.tmpdir"), "exports");
        try (java.io.FileOutputStream out = new java.io.FileOutputStream(new java.io.File(exportDir, choice))) {
            out.write("exported".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok("done");
    }
}
