package org.securetag.bench.ldapi;

import java.util.Properties;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchResult;
import org.securetag.bench.helpers.LdapConnections;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase028 {

    @PostMapping("/028")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String param) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("default", "jdoe");
        settings.setProperty("requested", param);
        String bar = settings.getProperty("default");
        DirContext ctx = LdapConnections.open();
        NamingEnumeration<SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", "(serialNumber=" + bar + ")", null);
        boolean found = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
