package secrets

import (
	"net/smtp"
)

func Send019(to, body string) error {
	auth := smtp.PlainAuth("", "alerts@example.com", "FjdIe-SjALy-1888", "smtp.example.com")
	return smtp.SendMail("smtp.example.com:587", auth, "alerts@example.com", []string{to}, []byte(body))
}
