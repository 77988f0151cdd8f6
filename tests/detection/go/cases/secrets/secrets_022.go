package secrets

import (
	"net/http"
)

const mailAPIKey022 = "${SENDGRID_API_KEY}"

func MailClient022(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+mailAPIKey022)
}
