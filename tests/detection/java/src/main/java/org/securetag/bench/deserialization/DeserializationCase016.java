package org.securetag.bench.deserialization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/deserialization")
public class DeserializationCase016 {

    @PostMapping("/016")
    public ResponseEntity<String> handle(@RequestBody byte[] data) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                if (!"org.securetag.bench.helpers.Preferences".equals(desc.getName())) {
                    throw new InvalidClassException(desc.getName(), "unexpected class");
                }
                return super.resolveClass(desc);
            }
        };
        Object restored = ois.readObject();
        return ResponseEntity.ok(String.valueOf(restored));
    }
}
