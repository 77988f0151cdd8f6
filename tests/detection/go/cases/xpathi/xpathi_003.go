package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
)

func CatalogHandler003(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sku := r.Form.Get("sku")
		nodes, err := xmlquery.QueryAll(doc, fmt.Sprintf("//product[@sku='%s']/price", sku))
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "%d matches\n", len(nodes))
	}
}
