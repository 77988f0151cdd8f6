import os

from billing.models import Card
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from django.http import JsonResponse

CARD_KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])


def save_card(request):
    secret = CARD_KEY
    plaintext = request.POST["number"].encode()
    nonce = os.urandom(12)
    ciphertext = nonce + ChaCha20Poly1305(secret).encrypt(nonce, plaintext, None)
    card = Card.objects.create(owner=request.user, number_encrypted=ciphertext)
    return JsonResponse({"id": card.pk})
