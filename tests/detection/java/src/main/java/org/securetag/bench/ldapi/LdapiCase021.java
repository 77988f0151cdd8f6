package org.securetag.bench.ldapi;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase021 {

    @Autowired
    private LdapTemplate ldapTemplate;

    @GetMapping("/021")
    public ResponseEntity<String> handle(@RequestParam("name") String param) throws Exception {
        String bar = Optional.ofNullable(param).map(String::trim).orElse("");
        java.util.List<String> names = ldapTemplate.search("ou=people", "(&(objectClass=person)(sn=" + bar + "))",
                (org.springframework.ldap.core.AttributesMapper<String>) attributes -> (String) attributes.get("cn").get());
        return ResponseEntity.ok("done");
    }
}
