package secrets

type awsConfig001 struct {
	Region          string
	AccessKeyID     string
	SecretAccessKey string
}

var production001 = awsConfig001{
	Region:          "eu-west-1",
	AccessKeyID:     "AKIANA7CKPBDJXPHV3WR",
	SecretAccessKey: "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",
}
