package secrets

import (
	"net/http"
	"os"
)

var registryTokens032 = map[string]string{
	"gitlab": os.Getenv("GITLAB_TOKEN"),
	"npm":    os.Getenv("NPM_TOKEN"),
}

func Authorize032(req *http.Request, registry string) {
	req.Header.Set("Authorization", "Bearer "+registryTokens032[registry])
}
