package secrets

import (
	"net/http"
	"os"
	"strings"
)

func Alert008(text string) error {
	hook, ok := os.LookupEnv("ALERTS_WEBHOOK_URL")
	if !ok {
		return nil
	}
	resp, err := http.Post(hook, "application/json", strings.NewReader(`{"text":"`+text+`"}`))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
