import random


class Playlist:
    def __init__(self, tracks: list[str]) -> None:
        self.tracks = list(tracks)

    def shuffled(self) -> list[str]:
        order = list(self.tracks)
        random.shuffle(order)
        return order
