package org.securetag.bench.ldapi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase032 {

    private static String choose(String requested) {
        switch (requested) {
            case "second":
                return "asmith";
            default:
                return "jdoe";
        }
    }

    @PostMapping("/032")
    public ResponseEntity<String> handle(@RequestBody String userValue) throws Exception {
        String chosen = choose(userValue);
        java.util.Hashtable<String, Object> env = new java.util.Hashtable<String, Object>();
        env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(javax.naming.Context.PROVIDER_URL, "ldaps://directory.example.com:636");
        javax.naming.ldap.LdapContext ctx = new javax.naming.ldap.InitialLdapContext(env, null);
        String filter = "(&(uid=" + chosen + ")(memberOf=cn=admins,ou=groups,dc=example,dc=com))";
        javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("dc=example,dc=com", filter, new javax.naming.directory.SearchControls());
        boolean isAdmin = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
