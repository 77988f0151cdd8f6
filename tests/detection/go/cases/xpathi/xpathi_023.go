package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
)

func build023(value string) string {
	return "//product[@sku='" + value + "']/price"
}

func CatalogHandler023(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.FormValue("sku")
		nodes, err := xmlquery.QueryAll(doc, build023(sku))
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "%d matches\n", len(nodes))
	}
}
