package org.securetag.bench.ldapi;

import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchResult;
import org.securetag.bench.helpers.LdapConnections;
import org.securetag.bench.helpers.TextUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase043 {

    @GetMapping("/043")
    public ResponseEntity<String> handle(@RequestParam("name") String input) throws Exception {
        String term = TextUtils.firstNonEmpty(input, "all");
        DirContext ctx = LdapConnections.open();
        NamingEnumeration<SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", "(serialNumber=" + term + ")", null);
        boolean found = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
