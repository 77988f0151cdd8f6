package org.securetag.bench.ldapi;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase011 {

    @GetMapping("/011")
    public ResponseEntity<String> handle(@RequestParam("name") String userValue) throws Exception {
        int num = 106;
        String chosen = (7 * 42) - num > 200 ? "featured" : userValue;
        Hashtable<String, Object> env = new Hashtable<String, Object>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://directory.example.com:636");
        LdapContext ctx = new InitialLdapContext(env, null);
        String filter = "(&(uid=" + chosen + ")(memberOf=cn=admins,ou=groups,dc=example,dc=com))";
        NamingEnumeration<SearchResult> results = ctx.search("dc=example,dc=com", filter, new SearchControls());
        boolean isAdmin = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
