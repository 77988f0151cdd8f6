package secrets

import (
	"net/http"
)

var registryTokens031 = map[string]string{
	"gitlab": "glpat-Uz4IzXm3F9xnMnfjib41",
	"npm":    "npm_ZSHCM2KOBojBcdoNclbzIylK8AJPPBpS9pDZ",
}

func Authorize031(req *http.Request, registry string) {
	req.Header.Set("Authorization", "Bearer "+registryTokens031[registry])
}
