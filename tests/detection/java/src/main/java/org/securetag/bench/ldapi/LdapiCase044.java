package org.securetag.bench.ldapi;

import java.util.Map;
import java.util.Set;
import org.securetag.bench.helpers.InputValidators;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase044 {

    @PostMapping("/044")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String raw = queryParams.getOrDefault("q", "");
        String cleaned = InputValidators.requireOneOf(raw, Set.of("jdoe", "asmith"));
        java.util.Hashtable<String, Object> env = new java.util.Hashtable<String, Object>();
        env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(javax.naming.Context.PROVIDER_URL, "ldaps://directory.example.com:636");
        javax.naming.ldap.LdapContext ctx = new javax.naming.ldap.InitialLdapContext(env, null);
        String filter = "(&(uid=" + cleaned + ")(memberOf=cn=admins,ou=groups,dc=example,dc=com))";
        javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("dc=example,dc=com", filter, new javax.naming.directory.SearchControls());
        boolean isAdmin = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
