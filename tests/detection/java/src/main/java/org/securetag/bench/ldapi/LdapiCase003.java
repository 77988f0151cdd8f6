package org.securetag.bench.ldapi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase003 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/003")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String requested) throws Exception {
        String selected = tidy(requested);
        java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();
        env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(javax.naming.Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
        javax.naming.directory.DirContext ctx = new javax.naming.directory.InitialDirContext(env);
        javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=people", String.format("(mail=%s)", selected), new javax.naming.directory.SearchControls());
        boolean found = results.hasMore();
        ctx.close();
        return ResponseEntity.ok("done");
    }
}
