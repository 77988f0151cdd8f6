import os

from billing.models import Card
from Crypto.Cipher import AES as block_cipher
from django.http import JsonResponse

CARD_KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])


def save_card(request):
    secret = CARD_KEY
    plaintext = request.POST["number"].encode()
    cipher = block_cipher.new(secret, block_cipher.MODE_GCM)
    sealed, tag = cipher.encrypt_and_digest(plaintext)
    ciphertext = cipher.nonce + tag + sealed
    card = Card.objects.create(owner=request.user, number_encrypted=ciphertext)
    return JsonResponse({"id": card.pk})
