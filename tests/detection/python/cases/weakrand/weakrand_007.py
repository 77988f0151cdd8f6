import random
import time

from invites.models import Invitation


def create_invitation(team_id: int, email: str) -> Invitation:
    generator = random.Random(time.time())
    value = format(generator.getrandbits(64), "016x")
    return Invitation.objects.create(team_id=team_id, email=email, code=value)
