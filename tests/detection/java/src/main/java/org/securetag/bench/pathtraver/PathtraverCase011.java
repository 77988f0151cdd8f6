package org.securetag.bench.pathtraver;

import java.io.File;
import java.util.Base64;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase011 {

    @GetMapping("/011")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String userValue) throws Exception {
        String chosen = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(userValue.getBytes())));
        File avatar = new File(new File("/var/app/avatars"), chosen);
        if (avatar.exists()) {
            boolean deleted = avatar.delete();
        }
        return ResponseEntity.ok("done");
    }
}
