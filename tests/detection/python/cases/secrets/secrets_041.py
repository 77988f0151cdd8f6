import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    service_name: str = "billing"
    region: str = "eu-central-1"
    api_token: str = field(default_factory=lambda: os.environ["GITLAB_TOKEN"], repr=False)
