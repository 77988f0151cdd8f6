package org.securetag.bench.ldapi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase033 {

    @Autowired
    private LdapTemplate ldapTemplate;

    @GetMapping("/033/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String supplied) throws Exception {
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String choice;
        switch (switchTarget) {
            case 'A':
                choice = supplied;
                break;
            case 'B':
                choice = "bob";
                break;
            case 'C':
            case 'D':
                choice = supplied;
                break;
            default:
                choice = "bob's your uncle";
                break;
        }
        java.util.List<String> names = ldapTemplate.search("ou=people", "(&(objectClass=person)(sn=" + choice + "))",
                (org.springframework.ldap.core.AttributesMapper<String>) attributes -> (String) attributes.get("cn").get());
        return ResponseEntity.ok("done");
    }
}
