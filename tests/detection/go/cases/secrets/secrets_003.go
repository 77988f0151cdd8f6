package secrets

import (
	"net/http"
)

func ListRepos003() (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.github.com/user/repos", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "token ghp_lI8Gwfpttk0Ouy5Ev3CYeW61YrEjhRFyya1q")
	return http.DefaultClient.Do(req)
}
