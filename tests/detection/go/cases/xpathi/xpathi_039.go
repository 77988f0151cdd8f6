package xpathi

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
	"github.com/go-chi/chi/v5"
)

func CatalogHandler039(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := chi.URLParam(r, "sku")
		allowed := map[string]bool{"alice": true, "bob": true, "carol": true}
		if !allowed[sku] {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		expr, err := xpath.Compile(strings.Join([]string{"//product[@sku='", sku, "']/price"}, ""))
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.QuerySelectorAll(doc, expr) {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
