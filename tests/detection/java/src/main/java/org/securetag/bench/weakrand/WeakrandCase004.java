package org.securetag.bench.weakrand;

import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase004 {

    public String newSessionId() {
        return UUID.randomUUID().toString();
    }
}
