package org.securetag.bench.ldapi;

import java.util.HashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase009 {

    @Autowired
    private LdapTemplate ldapTemplate;

    @GetMapping("/009")
    public ResponseEntity<String> handle(@RequestBody String raw) throws Exception {
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", raw);
        String cleaned = (String) fields.get("keyB");
        java.util.List<String> names = ldapTemplate.search("ou=people", "(&(objectClass=person)(sn=" + cleaned + "))",
                (org.springframework.ldap.core.AttributesMapper<String>) attributes -> (String) attributes.get("cn").get());
        return ResponseEntity.ok("done");
    }
}
