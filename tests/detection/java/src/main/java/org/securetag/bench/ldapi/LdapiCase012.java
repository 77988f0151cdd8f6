package org.securetag.bench.ldapi;

import java.util.Hashtable;
import java.util.Map;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase012 {

    @PostMapping("/012")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String supplied = queryParams.getOrDefault("q", "");
        String choice = supplied.trim();
        choice = "jdoe";
        Hashtable<String, String> env = new Hashtable<String, String>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
        DirContext ctx = new InitialDirContext(env);
        NamingEnumeration<SearchResult> results = ctx.search("ou=people", String.format("(mail=%s)", choice), new SearchControls());
        boolean found = results.hasMore();
        ctx.close();
        return ResponseEntity.ok("done");
    }
}
