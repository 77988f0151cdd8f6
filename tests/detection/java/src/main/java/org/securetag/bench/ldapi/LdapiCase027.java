package org.securetag.bench.ldapi;

import java.util.Base64;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase027 {

    @GetMapping("/027")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String incoming) throws Exception {
        String entry = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(incoming.getBytes())));
        java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();
        env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(javax.naming.Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
        javax.naming.directory.DirContext ctx = new javax.naming.directory.InitialDirContext(env);
        javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=people", String.format("(mail=%s)", entry), new javax.naming.directory.SearchControls());
        boolean found = results.hasMore();
        ctx.close();
        return ResponseEntity.ok("done");
    }
}
