import boto3

AWS_ACCESS_KEY_ID = "AKIA4UJUEPP4S2KXJ5T3"
AWS_SECRET_ACCESS_KEY = "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"


def upload_report(path: str) -> None:
    s3 = boto3.client(
        "s3",
        aws_access_key_id=AWS_ACCESS_KEY_ID,
        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
        region_name="eu-west-1",
    )
    s3.upload_file(path, "reports-archive", path.rsplit("/", 1)[-1])
