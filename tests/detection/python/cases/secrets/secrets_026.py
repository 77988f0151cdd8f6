from sendgrid import SendGridAPIClient

SENDGRID_API_KEY = "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"
mailer = SendGridAPIClient(SENDGRID_API_KEY)
