import random

from locust import HttpUser, between, task


class ShopVisitor(HttpUser):
    wait_time = between(1, 3)

    @task
    def browse(self) -> None:
        page = random.randint(1, 20)
        self.client.get(f"/products?page={page}")
