import json

import boto3


def database_password() -> str:
    client = boto3.client("secretsmanager", region_name="eu-west-1")
    secret = client.get_secret_value(SecretId="prod/reporting/db")
    return json.loads(secret["SecretString"])["password"]
