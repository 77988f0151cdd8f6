import os

from billing.models import Card
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse

CARD_KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])


def save_card(request):
    secret = CARD_KEY
    plaintext = request.POST["number"].encode()
    cipher = AES.new(secret, AES.MODE_ECB)
    ciphertext = cipher.encrypt(pad(plaintext, 16))
    card = Card.objects.create(owner=request.user, number_encrypted=ciphertext)
    return JsonResponse({"id": card.pk})
