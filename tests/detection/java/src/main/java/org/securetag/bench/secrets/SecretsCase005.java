package org.securetag.bench.secrets;

import com.amazonaws.services.s3.AmazonS3;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase005 {

    public AmazonS3 s3() {
        com.amazonaws.auth.BasicAWSCredentials credentials = new com.amazonaws.auth.BasicAWSCredentials("AKIAANM3BY43VH6X457X", "PnrFGjJKv5G8VCJYddqmtKczKL0SzbgaL9yKSGYG");
        return com.amazonaws.services.s3.AmazonS3ClientBuilder.standard().withCredentials(new com.amazonaws.auth.AWSStaticCredentialsProvider(credentials)).withRegion("eu-west-1").build();
    }
}
