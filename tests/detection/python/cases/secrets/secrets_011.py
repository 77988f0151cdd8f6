import boto3


def queue_client():
    return boto3.client(
        "sqs",
        region_name="us-east-1",
        aws_access_key_id="AKIA2MUGETL7M4NK64VO",
        aws_secret_access_key="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",
    )
