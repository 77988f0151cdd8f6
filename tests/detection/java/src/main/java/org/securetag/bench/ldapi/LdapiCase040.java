package org.securetag.bench.ldapi;

import java.util.Set;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchResult;
import org.securetag.bench.helpers.LdapConnections;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase040 {

    @PostMapping("/040/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String supplied) throws Exception {
        Set<String> allowed = Set.of("jdoe", "asmith");
        String choice = allowed.contains(supplied) ? supplied : "jdoe";
        DirContext ctx = LdapConnections.open();
        NamingEnumeration<SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", "(serialNumber=" + choice + ")", null);
        boolean found = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
