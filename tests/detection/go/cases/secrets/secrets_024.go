package secrets

import (
	"net/url"
)

func GeocodeURL024(address, apiKey string) string {
	q := url.Values{}
	q.Set("address", address)
	q.Set("key", apiKey)
	return "https://maps.googleapis.com/maps/api/geocode/json?" + q.Encode()
}
