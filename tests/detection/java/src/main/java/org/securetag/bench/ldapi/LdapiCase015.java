package org.securetag.bench.ldapi;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase015 {

    @GetMapping("/015")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String input = form.getValue();
        String term = input.substring(0, Math.min(input.length(), 120)).trim();
        java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();
        env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(javax.naming.Context.PROVIDER_URL, "ldap://ldap.example.com:389/dc=example,dc=com");
        javax.naming.directory.DirContext ctx = new javax.naming.directory.InitialDirContext(env);
        javax.naming.NamingEnumeration<javax.naming.directory.SearchResult> results = ctx.search("ou=people", String.format("(mail=%s)", term), new javax.naming.directory.SearchControls());
        boolean found = results.hasMore();
        ctx.close();
        return ResponseEntity.ok("done");
    }
}
