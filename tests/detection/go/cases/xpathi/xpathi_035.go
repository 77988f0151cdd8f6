package xpathi

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
)

func CatalogHandler035(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("sku")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sku := ck.Value
		values := []string{"A100"}
		values = append(values, sku)
		catalog, err := helpers.Catalog()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		node, err := xmlquery.Query(catalog, "//product[@sku='"+values[0]+"']/price")
		if err != nil || node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
