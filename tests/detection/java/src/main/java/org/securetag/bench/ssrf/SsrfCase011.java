package org.securetag.bench.ssrf;

import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssrf")
public class SsrfCase011 {

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @GetMapping("/011")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form, HttpServletResponse response) throws Exception {
        String userValue = form.getValue();
        String chosen = normalizeCase(userValue);
        URL avatar = new URL(String.format("https://%s/avatar.png", chosen));
        URLConnection connection = avatar.openConnection();
        connection.setConnectTimeout(2000);
        try (InputStream in = connection.getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
        return ResponseEntity.ok("done");
    }
}
