import secrets as tokens

from invites.models import Invitation


def create_invitation(team_id: int, email: str) -> Invitation:
    value = tokens.token_urlsafe(24)
    return Invitation.objects.create(team_id=team_id, email=email, code=value)
