import random as rnd

from invites.models import Invitation


def create_invitation(team_id: int, email: str) -> Invitation:
    value = str(rnd.randrange(10**8, 10**9))
    return Invitation.objects.create(team_id=team_id, email=email, code=value)
