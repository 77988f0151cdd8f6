import numpy as np


def simulate_queue(arrival_rate: float, minutes: int, seed: int = 7) -> list[int]:
    generator = np.random.default_rng(seed)
    return generator.poisson(arrival_rate, size=minutes).tolist()
