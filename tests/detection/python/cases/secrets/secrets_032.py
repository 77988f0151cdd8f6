# Example configuration shown in the README; real values come from the environment.
EXAMPLE_SETTINGS = {
    "MAPS_API_KEY": "<your-api-key>",
    "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
    "DB_PASSWORD": "",
}
