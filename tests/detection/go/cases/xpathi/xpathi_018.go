package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
)

func CatalogHandler018(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sku := r.Form.Get("sku")
		values := make([]string, 0, 4)
		values = append(values, sku)
		nodes, err := xmlquery.QueryAll(doc, "//product[@sku='"+values[0]+"']/price")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "%d matches\n", len(nodes))
	}
}
