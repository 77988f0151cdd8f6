import random as rnd

REPLICAS = ["db-replica-1.internal", "db-replica-2.internal", "db-replica-3.internal"]


def pick_replica() -> str:
    """Spread read traffic over the replicas."""
    return rnd.choice(REPLICAS)
