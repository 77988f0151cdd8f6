class Settings:
    service_name = "billing"
    region = "eu-central-1"
    api_token = "glpat-OWCwhUATa-H4LUDqWZia"
    gitlab_url = "https://gitlab.example.com"
