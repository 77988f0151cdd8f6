package secrets

import (
	"net/http"
	"os"
	"strings"
)

func Charge018(body string) (*http.Response, error) {
	req, err := http.NewRequest("POST", "https://api.stripe.com/v1/charges", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(os.Getenv("STRIPE_SECRET_KEY"), "")
	return http.DefaultClient.Do(req)
}
