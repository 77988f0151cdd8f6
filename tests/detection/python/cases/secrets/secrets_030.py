import smtplib
from email.message import EmailMessage

SMTP_USER = "alerts@example.com"
SMTP_PASSWORD = "xH23c9#uvbJTak3"


def send_alert(to: str, text: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = SMTP_USER, to, "Alert"
    message.set_content(text)
    with smtplib.SMTP_SSL("smtp.example.com", 465) as smtp:
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        smtp.send_message(message)
