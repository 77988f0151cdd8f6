package org.securetag.bench.ldapi;

import java.util.Map;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchResult;
import org.securetag.bench.helpers.LdapConnections;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase019 {

    @GetMapping("/019")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String supplied = queryParams.getOrDefault("q", "");
        String choice = String.join(" ", supplied.trim().split("\\s+"));
        DirContext ctx = LdapConnections.open();
        NamingEnumeration<SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", "(serialNumber=" + choice + ")", null);
        boolean found = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
