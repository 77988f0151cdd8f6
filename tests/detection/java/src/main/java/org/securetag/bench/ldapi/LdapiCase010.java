package org.securetag.bench.ldapi;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.query.LdapQuery;
import org.springframework.ldap.query.LdapQueryBuilder;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase010 {

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
    @Autowired
    private LdapTemplate ldapTemplate;

    @PostMapping("/010")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String requested) throws Exception {
        String selected = normalizeCase(requested);
        LdapQuery query = LdapQueryBuilder.query().base("ou=people").where("objectClass").is("person").and("sn").is(selected);
        List<String> names = ldapTemplate.search(query, (AttributesMapper<String>) attributes -> (String) attributes.get("cn").get());
        return ResponseEntity.ok("done");
    }
}
