package secrets

import (
	"net/http"
)

func Datadog044(req *http.Request) {
	apiKey := "********"
	if key := req.Context().Value("dd_api_key"); key != nil {
		apiKey = key.(string)
	}
	req.Header.Set("DD-API-KEY", apiKey)
}
