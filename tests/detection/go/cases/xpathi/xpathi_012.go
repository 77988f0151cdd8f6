package xpathi

import (
	"encoding/json"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
)

type payload012 struct {
	Sku string `json:"sku"`
}

func CatalogHandler012(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload012
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sku := body.Sku
		node := xmlquery.FindOne(doc, "//product[@sku='"+helpers.Normalize(sku)+"']/price")
		if node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
