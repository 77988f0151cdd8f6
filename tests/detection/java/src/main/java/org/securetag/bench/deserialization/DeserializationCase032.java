package org.securetag.bench.deserialization;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase032 {

    @PostMapping("/032")
    public ResponseEntity<String> handle(@RequestBody byte[] data) throws Exception {
        com.thoughtworks.xstream.XStream xstream = new com.thoughtworks.xstream.XStream();
        xstream.addPermission(com.thoughtworks.xstream.security.NoTypePermission.NONE);
        xstream.allowTypes(new Class[] {org.securetag.bench.helpers.Preferences.class});
        Object restored = xstream.fromXML(new String(data, java.nio.charset.StandardCharsets.UTF_8));
        return org.springframework.http.ResponseEntity.ok(String.valueOf(restored));
    }
}
