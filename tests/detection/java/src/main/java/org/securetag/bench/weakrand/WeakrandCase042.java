package org.securetag.bench.weakrand;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class WeakrandCase042 {

    public List<Integer> abTestBuckets(int users) {
        java.util.SplittableRandom random = new java.util.SplittableRandom();
        java.util.List<Integer> buckets = new java.util.ArrayList<Integer>();
        for (int i = 0; i < users; i++) {
            buckets.add(random.nextInt(2));
        }
        return buckets;
    }
}
