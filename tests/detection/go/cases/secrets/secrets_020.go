package secrets

import (
	"net/smtp"
	"os"
)

func Send020(to, body string) error {
	auth := smtp.PlainAuth("", "alerts@example.com", os.Getenv("SMTP_PASSWORD"), "smtp.example.com")
	return smtp.SendMail("smtp.example.com:587", auth, "alerts@example.com", []string{to}, []byte(body))
}
