package org.securetag.bench.ldapi;

import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchResult;
import org.securetag.bench.helpers.LdapConnections;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase004 {

    @PostMapping("/004")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String userValue) throws Exception {
        int num = 86;
        String chosen = (7 * 42) - num > 200 ? "jdoe" : userValue;
        DirContext ctx = LdapConnections.open();
        NamingEnumeration<SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", "(serialNumber=" + chosen + ")", null);
        boolean found = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
