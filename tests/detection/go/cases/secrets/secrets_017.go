package secrets

import (
	"net/http"
	"strings"
)

func Charge017(body string) (*http.Response, error) {
	req, err := http.NewRequest("POST", "https://api.stripe.com/v1/charges", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("sk_live_1HuYFQmrB2LLaWby775Jqe2l", "")
	return http.DefaultClient.Do(req)
}
