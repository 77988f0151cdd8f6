package secrets

import (
	"net/http"
	"strings"
)

const alertsWebhook007 = "https://hooks.slack.com/services/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"

func Alert007(text string) error {
	resp, err := http.Post(alertsWebhook007, "application/json", strings.NewReader(`{"text":"`+text+`"}`))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
