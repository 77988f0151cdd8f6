package org.securetag.bench.ldapi;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase020 {

    @PostMapping("/020")
    public ResponseEntity<String> handle(@RequestParam("name") String incoming) throws Exception {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("jdoe");
        valuesList.add(incoming);
        valuesList.add("asmith");
        valuesList.remove(0);
        String entry = valuesList.get(1);
        java.util.Hashtable<String, Object> env = new java.util.Hashtable<String, Object>();
        env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(javax.naming.Context.PROVIDER_URL, "ldaps://directory.example.com:636");
        javax.naming.ldap.LdapContext ctx = new javax.naming.ldap.InitialLdapContext(env, null);
        String filter = "(&(uid=" + entry + ")(memberOf=cn=admins,ou=groups,dc=example,dc=com))";
        javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("dc=example,dc=com", filter, new javax.naming.directory.SearchControls());
        boolean isAdmin = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
