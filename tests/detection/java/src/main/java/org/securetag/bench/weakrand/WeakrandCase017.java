package org.securetag.bench.weakrand;

import org.springframework.stereotype.Service;

@Service
public class WeakrandCase017 {

    public int oneTimeCode() {
        return (int) (Math.random() * 900000) + 100000;
    }
}
