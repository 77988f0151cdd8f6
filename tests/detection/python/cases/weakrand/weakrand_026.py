from random import choice

AVATAR_COLOURS = ["#f44336", "#9c27b0", "#3f51b5", "#009688", "#ff9800"]


def default_avatar_colour() -> str:
    return choice(AVATAR_COLOURS)
