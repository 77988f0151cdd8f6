package org.securetag.bench.ldapi;

import java.util.Properties;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchResult;
import org.securetag.bench.helpers.LdapConnections;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase031 {

    @GetMapping("/031")
    public ResponseEntity<String> handle(@RequestBody String requested) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", requested);
        String selected = settings.getProperty("selection");
        DirContext ctx = LdapConnections.open();
        NamingEnumeration<SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", "(serialNumber=" + selected + ")", null);
        boolean found = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
