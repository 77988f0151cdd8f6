package org.securetag.bench.pathtraver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PathtraverCase046 {

    private final Path invoiceDir = Paths.get("/var/lib/billing/invoices").toAbsolutePath().normalize();

    @GetMapping("/billing/{customer}/{file}")
    public ResponseEntity<Resource> download(@PathVariable String customer, @PathVariable String file) throws IOException {
        Path invoice = invoiceDir.resolve(customer).resolve(file).normalize();
        if (!invoice.startsWith(invoiceDir) || !Files.isReadable(invoice)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + invoice.getFileName() + "\"")
                .body(new PathResource(invoice));
    }
}
