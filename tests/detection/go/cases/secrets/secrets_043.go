package secrets

import (
	"net/http"
)

func Datadog043(req *http.Request) {
	apiKey := "9c6adb6d2b300cc2a53ea365a780f09f"
	req.Header.Set("DD-API-KEY", apiKey)
}
