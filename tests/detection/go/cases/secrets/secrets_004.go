package secrets

import (
	"net/http"
	"os"
)

func ListRepos004() (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.github.com/user/repos", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))
	return http.DefaultClient.Do(req)
}
