import os

from billing.models import Card
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from django.http import JsonResponse

CARD_KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])


def save_card(request):
    secret = CARD_KEY
    plaintext = request.POST["number"].encode()
    ciphertext = AESSIV(secret + secret).encrypt(plaintext, [b"record"])
    card = Card.objects.create(owner=request.user, number_encrypted=ciphertext)
    return JsonResponse({"id": card.pk})
