package xpathi

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
)

func CatalogHandler042(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sku := r.Form.Get("sku")
		safe, err := helpers.ToID(sku)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		node := xmlquery.FindOne(doc, safe)
		if node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
