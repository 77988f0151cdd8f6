import random
import string

from invites.models import Invitation

ALPHABET = string.ascii_letters + string.digits


def create_invitation(team_id: int, email: str) -> Invitation:
    value = "".join(random.choice(ALPHABET) for _ in range(32))
    return Invitation.objects.create(team_id=team_id, email=email, code=value)
