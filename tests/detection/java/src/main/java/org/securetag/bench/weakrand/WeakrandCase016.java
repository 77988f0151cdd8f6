package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase016 {

    public void retryWithBackoff(Runnable call, int attempts) throws InterruptedException {
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                call.run();
                return;
            } catch (RuntimeException e) {
                long jitter = (long) (Math.random() * 250);
                Thread.sleep((1L << attempt) * 100 + jitter);
            }
        }
    }
}
