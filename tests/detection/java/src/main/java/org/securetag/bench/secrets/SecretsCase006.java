package org.securetag.bench.secrets;

import com.amazonaws.services.s3.AmazonS3;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase006 {

    public AmazonS3 s3() {
        return com.amazonaws.services.s3.AmazonS3ClientBuilder.standard().withCredentials(new com.amazonaws.auth.EnvironmentVariableCredentialsProvider()).withRegion("eu-west-1").build();
    }
}
