package xpathi

import (
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
	"github.com/go-chi/chi/v5"
)

func CatalogHandler015(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := chi.URLParam(r, "sku")
		catalog, err := helpers.Catalog()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		node, err := xmlquery.Query(catalog, fmt.Sprintf("//product[@sku='%s']/price", sku))
		if err != nil || node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
