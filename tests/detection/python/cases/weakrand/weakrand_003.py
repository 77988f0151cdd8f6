import random


def sample_for_review(records: list[dict], rate: float = 0.05) -> list[dict]:
    """Pick a share of records for manual quality review."""
    return [record for record in records if random.random() < rate]
