package org.securetag.bench.pathtraver;

import java.io.File;
import java.io.FileInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pathtraver")
public class PathtraverCase008 {

    @PostMapping("/008")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form, HttpServletResponse response) throws Exception {
        String input = form.getValue();
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("report.txt");
        valuesList.add(input);
        valuesList.add("summary.csv");
        valuesList.remove(0);
        String term = valuesList.get(1);
        File file = new File("/var/app/uploads/" + term);
        try (FileInputStream in = new FileInputStream(file)) {
            in.transferTo(response.getOutputStream());
        }
        return ResponseEntity.ok("done");
    }
}
