from twilio.rest import Client

ACCOUNT_SID = "ACaa4c732892240810a22880d1258e2815"
AUTH_TOKEN = "132f91472aab885f03e1813df4c42c3b"


def send_sms(to: str, body: str) -> str:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    return client.messages.create(to=to, from_="+15005550006", body=body).sid
