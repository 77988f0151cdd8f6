package org.securetag.bench.weakrand;

import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase032 {

    public int[] syntheticChart(int points) {
        Random random = new Random(42);
        int[] values = new int[points];
        for (int i = 0; i < points; i++) {
            values[i] = 50 + random.nextInt(25);
        }
        return values;
    }
}
