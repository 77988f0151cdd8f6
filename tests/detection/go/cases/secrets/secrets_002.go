package secrets

import (
	"os"
)

type awsConfig002 struct {
	Region          string
	AccessKeyID     string
	SecretAccessKey string
}

func LoadAWS002() awsConfig002 {
	return awsConfig002{
		Region:          "eu-west-1",
		AccessKeyID:     os.Getenv("AWS_ACCESS_KEY_ID"),
		SecretAccessKey: os.Getenv("AWS_SECRET_ACCESS_KEY"),
	}
}
