package org.securetag.bench.ldapi;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.query.LdapQuery;
import org.springframework.ldap.query.LdapQueryBuilder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase030 {

    @Autowired
    private LdapTemplate ldapTemplate;

    @PostMapping("/030")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String raw = queryParams.getOrDefault("q", "");
        int num = 106;
        String cleaned = (7 * 42) - num > 200 ? "featured" : raw;
        LdapQuery query = LdapQueryBuilder.query().base("ou=people").where("objectClass").is("person").and("sn").is(cleaned);
        List<String> names = ldapTemplate.search(query, (AttributesMapper<String>) attributes -> (String) attributes.get("cn").get());
        return ResponseEntity.ok("done");
    }
}
