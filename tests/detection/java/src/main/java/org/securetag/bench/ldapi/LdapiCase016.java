package org.securetag.bench.ldapi;

import java.util.logging.Logger;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchResult;
import org.securetag.bench.helpers.LdapConnections;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ldapi")
public class LdapiCase016 {

    @PostMapping("/016")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String raw = form.getValue();
        String note = "requested: " + raw;
        String cleaned = "jdoe";
        Logger.getLogger("audit").fine("note length " + note.length());
        DirContext ctx = LdapConnections.open();
        NamingEnumeration<SearchResult> results = ctx.search("ou=devices,dc=example,dc=com", "(serialNumber=" + cleaned + ")", null);
        boolean found = results.hasMore();
        return ResponseEntity.ok("done");
    }
}
