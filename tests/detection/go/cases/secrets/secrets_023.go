package secrets

import (
	"net/url"
)

func GeocodeURL023(address string) string {
	q := url.Values{}
	q.Set("address", address)
	q.Set("key", "AIza67oK3Shf-DzBqWYpYxJABJ3nxzcFy1FgUuu")
	return "https://maps.googleapis.com/maps/api/geocode/json?" + q.Encode()
}
