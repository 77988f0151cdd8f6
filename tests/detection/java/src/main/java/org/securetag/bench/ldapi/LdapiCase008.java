package org.securetag.bench.ldapi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase008 {

    @PostMapping("/008/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String input) throws Exception {
        String guess = "ABC";
        char switchTarget = guess.charAt(1);
        String term;
        switch (switchTarget) {
            case 'A':
                term = input;
                break;
            case 'B':
                term = "jdoe";
                break;
            case 'C':
            case 'D':
                term = input;
                break;
            default:
                term = "asmith";
                break;
        }
        java.util.Hashtable<String, Object> env = new java.util.Hashtable<String, Object>();
        env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(javax.naming.Context.PROVIDER_URL, "ldaps://directory.example.com:636");
        javax.naming.ldap.LdapContext ctx = new javax.naming.ldap.InitialLdapContext(env, null);
        String filter = "(&(uid=" + term + ")(memberOf=cn=admins,ou=groups,dc=example,dc=com))";
        javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("dc=example,dc=com", filter, new javax.naming.directory.SearchControls());
        boolean isAdmin = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
