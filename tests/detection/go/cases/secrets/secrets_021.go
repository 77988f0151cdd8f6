package secrets

import (
	"net/http"
)

const mailAPIKey021 = "SG.FFrollJujGTwp379ko26nP.lIPwcGVcWRGGG0uJy4RwWZhbl6hnXRXXCKk27BIn4uu"

func MailClient021(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+mailAPIKey021)
}
