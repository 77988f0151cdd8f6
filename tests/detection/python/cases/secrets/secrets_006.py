import os

import boto3


def upload_report(path: str) -> None:
    s3 = boto3.client(
        "s3",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
        region_name="eu-west-1",
    )
    s3.upload_file(path, "reports-archive", path.rsplit("/", 1)[-1])
