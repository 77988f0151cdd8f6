package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase018 {

    public boolean sampleForTracing() {
        return java.util.concurrent.ThreadLocalRandom.current().nextDouble() < 0.05;
    }
}
