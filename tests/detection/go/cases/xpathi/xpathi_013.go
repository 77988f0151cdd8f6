package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/gorilla/mux"
)

func CatalogHandler013(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := mux.Vars(r)["sku"]
		nodes, err := xmlquery.QueryAll(doc, sku)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "%d matches\n", len(nodes))
	}
}
