package org.securetag.bench.ldapi;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase023 {

    @GetMapping("/023/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String raw) throws Exception {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(raw);
        valuesList.add("popular");
        valuesList.remove(0);
        String cleaned = valuesList.get(0);
        Hashtable<String, Object> env = new Hashtable<String, Object>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://directory.example.com:636");
        LdapContext ctx = new InitialLdapContext(env, null);
        String filter = "(&(uid=" + cleaned + ")(memberOf=cn=admins,ou=groups,dc=example,dc=com))";
        NamingEnumeration<SearchResult> results = ctx.search("dc=example,dc=com", filter, new SearchControls());
        boolean isAdmin = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
