package org.securetag.bench.ldapi;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.securetag.bench.helpers.Labels;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase036 {

    @PostMapping("/036")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String input) throws Exception {
        String term = Labels.displayLabel(input);
        Hashtable<String, String> env = new Hashtable<String, String>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
        DirContext ctx = new InitialDirContext(env);
        NamingEnumeration<SearchResult> results = ctx.search("ou=people", String.format("(mail=%s)", term), new SearchControls());
        boolean found = results.hasMore();
        ctx.close();
        return ResponseEntity.ok("done");
    }
}
