import boto3


def queue_client():
    # Credentials come from the instance role.
    return boto3.client("sqs", region_name="us-east-1")
